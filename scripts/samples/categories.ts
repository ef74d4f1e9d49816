/**
 * What the incidents of each category look like in the samples (the same in every
 * dataset): the hours they happen, their descriptions ({v} is the village and commune),
 * how many suspects and how much damage (in 100,000 đ). Illustrative, not published.
 */
import type { Category } from "./types.js";

/** Hours of the day (start, length) when incidents of a category happen. */
export const HOURS: Record<Category, readonly [number, number]> = {
  theft: [21, 8],
  snatching: [6, 15],
  robbery: [20, 6],
  assault: [17, 7],
  "public-disorder": [19, 5],
  "street-racing": [22, 5],
  "traffic-accident": [6, 16],
  fraud: [8, 13],
  "online-fraud": [8, 14],
  drugs: [14, 10],
  gambling: [13, 10],
  prostitution: [20, 6],
  fire: [10, 12],
  dispute: [7, 13],
  "modified-vehicle": [19, 5],
  "urban-order": [6, 12],
  other: [7, 14],
};

export const DESCRIPTIONS: Record<Category, readonly string[]> = {
  theft: [
    "Trộm cắp xe máy để trước cửa nhà tại {v}",
    "Trộm cắp tài sản (điện thoại, tiền mặt) trong nhà dân tại {v}",
    "Trộm cắp gà, vịt của hộ chăn nuôi tại {v}",
    "Trộm cắp dây điện, thiết bị tại công trình xây dựng ở {v}",
    "Trộm cắp tài sản tại cửa hàng tạp hóa ở {v}",
  ],
  snatching: [
    "Cướp giật túi xách của người đi đường tại {v}",
    "Cướp giật điện thoại của học sinh trên đường đi học tại {v}",
  ],
  robbery: ["Dùng hung khí đe dọa cướp tài sản của người đi đường tại {v}"],
  assault: [
    "Đánh nhau gây thương tích sau khi uống rượu tại {v}",
    "Mâu thuẫn cá nhân dẫn đến cố ý gây thương tích tại {v}",
    "Dùng hung khí gây thương tích cho người khác tại {v}",
  ],
  "public-disorder": [
    "Nhóm thanh niên tụ tập, gây rối trật tự công cộng tại {v}",
    "Gây rối trật tự tại quán karaoke ở {v}",
    "Hai nhóm thanh niên hỗn chiến trên đường tại {v}",
  ],
  "street-racing": ["Nhóm thanh niên tụ tập đua xe, lạng lách trên đường tại {v}"],
  "traffic-accident": [
    "Va chạm giữa xe máy và ô tô trên trục đường chính tại {v}",
    "Va chạm giữa hai xe máy tại ngã ba {v}",
    "Tai nạn giao thông, xe gây tai nạn bỏ chạy khỏi hiện trường tại {v}",
    "Xe máy tự gây tai nạn trên đường liên thôn tại {v}",
  ],
  fraud: [
    "Lừa đảo chiếm đoạt tiền đặt cọc mua bán đất tại {v}",
    "Giả danh cán bộ lừa đảo chiếm đoạt tài sản của người dân tại {v}",
  ],
  "online-fraud": [
    "Lừa đảo qua mạng xã hội, chiếm đoạt tiền chuyển khoản của người dân ở {v}",
    "Giả danh công an gọi điện lừa đảo chiếm đoạt tài sản của người dân ở {v}",
  ],
  drugs: [
    "Tàng trữ trái phép chất ma túy tại {v}",
    "Tổ chức sử dụng trái phép chất ma túy tại {v}",
  ],
  gambling: ["Đánh bạc dưới hình thức đánh bài ăn tiền tại {v}", "Đánh bạc, ghi lô đề tại {v}"],
  prostitution: ["Phát hiện hoạt động mua bán dâm tại cơ sở lưu trú ở {v}"],
  fire: [
    "Cháy nhà kho chứa vật liệu tại {v}",
    "Cháy quán ăn do chập điện tại {v}",
    "Cháy rơm rạ lan sang nhà dân tại {v}",
  ],
  dispute: [
    "Mâu thuẫn giữa hai hộ gia đình về lối đi chung tại {v}",
    "Mâu thuẫn trong sinh hoạt giữa các hộ liền kề tại {v}",
  ],
  "modified-vehicle": ["Điều khiển xe máy độ chế, gây tiếng ồn trên đường tại {v}"],
  "urban-order": [
    "Lấn chiếm vỉa hè, lòng đường để buôn bán tại {v}",
    "Đổ trộm phế thải xây dựng ra đường tại {v}",
  ],
  other: ["Vụ việc khác về an ninh, trật tự tại {v}"],
};

export const SUSPECTS: Partial<Record<Category, readonly [number, number]>> = {
  theft: [1, 3],
  snatching: [1, 2],
  robbery: [1, 3],
  assault: [1, 4],
  "public-disorder": [2, 9],
  "street-racing": [2, 6],
  fraud: [1, 2],
  "online-fraud": [1, 2],
  drugs: [1, 3],
  gambling: [3, 9],
  "modified-vehicle": [1, 3],
  "urban-order": [1, 1],
};

export const DAMAGE: Partial<Record<Category, readonly [number, number]>> = {
  theft: [20, 350],
  snatching: [30, 150],
  robbery: [50, 200],
  fraud: [100, 1200],
  "online-fraud": [150, 3000],
  fire: [50, 800],
};

/** Categories whose incidents have one victim who lost property. */
export const ONE_VICTIM: readonly Category[] = [
  "theft",
  "snatching",
  "robbery",
  "fraud",
  "online-fraud",
];

"""p1205-5: Party newspaper (Báo Lạng Sơn) - lightning in Bình Gia, a commune's lightning rods, a lightning-protection company."""
from lib import F, P, I, C, T, write

TEXT = """Chủ động phòng, tránh sét ở vùng cao Bình Gia

Những năm gần đây, giông sét xuất hiện ngày càng nhiều trên địa bàn tỉnh Lạng Sơn. Năm 2023, toàn tỉnh xảy ra 11 vụ sét đánh, làm 6 người chết, 2 người bị thương và 19 con trâu, bò bị chết. Riêng 5 tháng đầu năm 2024 đã xảy ra 3 vụ, làm 2 người chết.

Huyện Bình Gia là địa phương có mật độ sét cao nhất tỉnh. Từ năm 2020 đến nay, huyện có 9 người tử vong do sét đánh, chủ yếu là người dân đi làm nương, chăn thả gia súc trên đồi.

Xã Hoa Thám có 8 thôn với hơn 750 hộ, phần lớn là đồng bào Tày, Dao. Năm 2023, xã được hỗ trợ lắp đặt 6 cột thu sét tại các khu lán nương, tổng kinh phí 270 triệu đồng, trong đó ngân sách tỉnh 200 triệu đồng, nhân dân đóng góp 70 triệu đồng. Từ khi có cột thu sét, chưa có trường hợp nào bị sét đánh tại các khu vực này. Bà Hoàng Thị Mai, thôn Nà Pàn, cho biết mỗi buổi chiều mưa có tới hai, ba chục người trú tại lán gần cột thu sét.

Trên địa bàn tỉnh hiện có 14 doanh nghiệp thi công hệ thống chống sét. Công ty TNHH Kỹ thuật Chống sét Đông Bắc (phường Hoàng Văn Thụ, TP Lạng Sơn) thành lập năm 2012, hiện có 35 công nhân kỹ thuật. Năm 2023, công ty thi công 126 công trình, doanh thu đạt 18,7 tỷ đồng, tăng 15% so với năm 2022; thu nhập bình quân của người lao động 8,5 triệu đồng/người/tháng.

Thời gian tới, tỉnh phấn đấu lắp đặt ít nhất 60 cột thu sét công cộng tại 20 xã có nguy cơ cao, ưu tiên các huyện Bình Gia, Văn Quan, Bắc Sơn.

MINH CHÂU
28/5/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2024-05-28")

FIGS = [
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", subject="vụ sét đánh", period=Y23),
    F("làm 6 người chết", "6", 6, "count", "người", subject="người chết do sét đánh", period=Y23),
    F("2 người bị thương", "2", 2, "count", "người", subject="người bị thương do sét đánh", period=Y23),
    F("19 con", "19", 19, "count", "con", subject="trâu, bò bị chết do sét đánh", period=Y23),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", subject="vụ sét đánh", period=M5),
    F("làm 2 người chết", "2", 2, "count", "người", subject="người chết do sét đánh", period=M5),
    F("có 9 người", "9", 9, "count", "người", location="Bình Gia",
      subject="người tử vong do sét đánh", period=SINCE),
    F("có 8 thôn", "8", 8, "count", "thôn", location="Bình Gia", subject="thôn của xã Hoa Thám"),
    F("hơn 750 hộ", "750", 750, "count", "hộ", approx="over", location="Bình Gia",
      subject="hộ của xã Hoa Thám"),
    F("lắp đặt 6 cột", "6", 6, "count", "cột thu sét", location="Bình Gia",
      subject="cột thu sét được hỗ trợ lắp đặt tại các khu lán nương", period=Y23),
    F("phí 270 triệu", "270", 270000000, "money", "đồng", location="Bình Gia",
      subject="tổng kinh phí lắp đặt cột thu sét", period=Y23),
    F("tỉnh 200 triệu", "200", 200000000, "money", "đồng", total=270000000, location="Bình Gia",
      subject="kinh phí lắp đặt cột thu sét từ ngân sách tỉnh", period=Y23),
    F("góp 70 triệu", "70", 70000000, "money", "đồng", total=270000000, location="Bình Gia",
      subject="kinh phí lắp đặt cột thu sét do nhân dân đóng góp", period=Y23),
    F("hai, ba chục người", "hai", 20, "count", "người", value_max=30, approx="about", location="Bình Gia",
      optional=True, subject="người trú mưa tại lán gần cột thu sét"),
    F("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp thi công hệ thống chống sét"),
    F("35 công nhân", "35", 35, "count", "công nhân kỹ thuật",
      subject="công nhân kỹ thuật của Công ty TNHH Kỹ thuật Chống sét Đông Bắc"),
    F("thi công 126 công trình", "126", 126, "count", "công trình",
      subject="công trình công ty thi công", period=Y23),
    F("18,7 tỷ", "18,7", 18700000000, "money", "đồng", change=C("increase", 15, "%", "năm 2022"),
      subject="doanh thu của công ty", period=Y23),
    F("8,5 triệu", "8,5", 8500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của người lao động của công ty",
      period=Y23),
    F("ít nhất 60 cột", "60", 60, "count", "cột thu sét", approx="at_least", status="target",
      subject="cột thu sét công cộng lắp đặt"),
    F("tại 20 xã", "20", 20, "count", "xã", status="target",
      subject="xã có nguy cơ cao được lắp đặt cột thu sét công cộng"),
]

NOTES = [
    "Party newspaper (Báo Lạng Sơn): headline, text, byline 'MINH CHÂU' and bare date '28/5/2024' at the end.",
    "Distractors: 'năm 2012' (founding year), 'phường Hoàng Văn Thụ', 'chưa có trường hợp nào' (no number), bare date.",
    "Bình Gia passage (huyện Bình Gia, xã Hoa Thám) gets location Bình Gia; the company in TP Lạng Sơn gets Lạng Sơn.",
    "'tổng kinh phí 270 triệu đồng, trong đó ngân sách tỉnh 200 triệu đồng, nhân dân đóng góp 70 triệu đồng': parts with total.",
    "'hai, ba chục người' (20-30, loose speech) optional. 'Từ năm 2020 đến nay' ends at the byline date. Company figures of 'Năm 2023' scored.",
]

if __name__ == "__main__":
    write("p1205-5", TEXT, NOTES, FIGS, published="2024-05-28", location="Lạng Sơn")

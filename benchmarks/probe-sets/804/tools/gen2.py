"""p804-2: huyện Bình Xuyên (Vĩnh Phúc) district portal, boiler and pressure-vessel inspection, March 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH XUYÊN
Tin tức - Sự kiện / Kinh tế
Thứ Năm, 28/03/2024 - 15:05

Kiểm tra an toàn nồi hơi, bình chịu áp lực tại các doanh nghiệp trên địa bàn huyện

Từ ngày 04/3 đến ngày 22/3, Đoàn kiểm tra liên ngành của huyện đã kiểm tra công tác an toàn lao động đối với nồi hơi, bình chịu áp lực tại 24 doanh nghiệp trong các khu công nghiệp Bình Xuyên, Bình Xuyên II, Bá Thiện và các doanh nghiệp dọc Quốc lộ 2.

Qua kiểm tra 37 nồi hơi và 112 bình chịu áp lực, đoàn phát hiện trong số đó có 5 nồi hơi và 9 bình chịu áp lực đã quá hạn kiểm định; 4 doanh nghiệp bố trí 7 người vận hành nồi hơi chưa được huấn luyện, cấp thẻ an toàn. Một số nồi hơi công suất 2 tấn hơi/giờ đặt sát nhà xưởng, không bảo đảm khoảng cách an toàn.

Đoàn đã lập biên bản, kiến nghị Chủ tịch UBND huyện xử phạt 6 doanh nghiệp với tổng số tiền dự kiến 165 triệu đồng; yêu cầu dừng vận hành các thiết bị quá hạn cho đến khi được kiểm định lại.

Theo thống kê của Phòng Lao động - Thương binh và Xã hội, đến cuối năm 2023, toàn huyện có 146 nồi hơi đang hoạt động, trong đó 98 nồi hơi đốt than, 31 nồi hơi đốt củi, trấu và 17 nồi hơi đốt dầu, khí. Năm 2023, trên địa bàn huyện xảy ra 2 vụ tai nạn lao động liên quan đến thiết bị áp lực, làm 3 người bị thương; chi phí điều trị, bồi thường khoảng 420 triệu đồng.

Năm 2024, huyện phấn đấu 100% nồi hơi, bình chịu áp lực tại các doanh nghiệp được kiểm định đúng hạn; tổ chức huấn luyện cho khoảng 300 người vận hành thiết bị. Theo kế hoạch, trong quý II/2024, đoàn sẽ kiểm tra thêm 20 doanh nghiệp tại các xã Thiện Kế, Sơn Lôi và thị trấn Hương Canh.

Ngọc Mai - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

MAR = P("Từ ngày 04/3 đến ngày 22/3", "2024-03-04", "2024-03-22")
END23 = P("đến cuối năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("tại 24 doanh nghiệp", "24", 24, "count", "doanh nghiệp",
      subject="doanh nghiệp được kiểm tra an toàn nồi hơi, bình chịu áp lực", period=MAR),
    F("kiểm tra 37 nồi hơi", "37", 37, "count", "nồi hơi",
      subject="nồi hơi được kiểm tra", period=I(MAR)),
    F("và 112 bình chịu áp lực", "112", 112, "count", "bình chịu áp lực",
      subject="bình chịu áp lực được kiểm tra", period=I(MAR)),
    F("có 5 nồi hơi", "5", 5, "count", "nồi hơi", total=37,
      subject="nồi hơi quá hạn kiểm định", period=I(MAR)),
    F("và 9 bình chịu áp lực", "9", 9, "count", "bình chịu áp lực", total=112,
      subject="bình chịu áp lực quá hạn kiểm định", period=I(MAR)),
    F("; 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
      subject="doanh nghiệp bố trí người vận hành nồi hơi chưa được huấn luyện", period=I(MAR)),
    F("bố trí 7 người", "7", 7, "count", "người",
      subject="người vận hành nồi hơi chưa được huấn luyện, cấp thẻ an toàn", period=I(MAR)),
    F("công suất 2 tấn hơi/giờ", "2", 2, "measure", "tấn hơi/giờ",
      subject="công suất nồi hơi", optional=True),
    F("xử phạt 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp bị kiến nghị xử phạt", period=I(MAR)),
    F("dự kiến 165 triệu đồng", "165", 165000000, "money", "đồng", status="forecast",
      subject="tổng số tiền xử phạt", period=I(MAR)),
    F("có 146 nồi hơi", "146", 146, "count", "nồi hơi",
      subject="nồi hơi đang hoạt động", period=END23),
    F("trong đó 98 nồi hơi", "98", 98, "count", "nồi hơi", total=146,
      subject="nồi hơi đốt than", period=END23),
    F("31 nồi hơi", "31", 31, "count", "nồi hơi", total=146,
      subject="nồi hơi đốt củi, trấu", period=END23),
    F("17 nồi hơi", "17", 17, "count", "nồi hơi", total=146,
      subject="nồi hơi đốt dầu, khí", period=END23),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ",
      subject="vụ tai nạn lao động liên quan đến thiết bị áp lực", period=Y23),
    F("làm 3 người", "3", 3, "count", "người",
      subject="người bị thương do tai nạn lao động liên quan đến thiết bị áp lực", period=Y23),
    F("khoảng 420 triệu đồng", "420", 420000000, "money", "đồng", approx="about",
      subject="chi phí điều trị, bồi thường", period=Y23),
    F("phấn đấu 100% nồi hơi", "100", 100, "percent", "%", status="target",
      subject="nồi hơi, bình chịu áp lực được kiểm định đúng hạn", period=Y24),
    F("khoảng 300 người", "300", 300, "count", "người", approx="about", status="target",
      subject="người vận hành thiết bị được huấn luyện", period=Y24),
    F("thêm 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", status="target",
      subject="doanh nghiệp được kiểm tra", period=Q2),
]

NOTES = [
    "Cổng TTĐT huyện Bình Xuyên (invented): interagency boiler / pressure-vessel inspection in March 2024, boilers by fuel,",
    "2023 accidents, 2024 targets. Dateline 'Thứ Năm, 28/03/2024 - 15:05'. Location: the district (Bình Xuyên).",
    "'Từ ngày 04/3 đến ngày 22/3' gives a day range in 2024 (published year). 'trong số đó có 5 nồi hơi và 9 bình' follows",
    "two wholes: each part takes the whole that counts the same thing (37 nồi hơi, 112 bình).",
    "'tổng số tiền dự kiến 165 triệu đồng' → forecast; 'Theo kế hoạch, ... sẽ kiểm tra thêm 20' → target.",
    "Distractors: KCN Bình Xuyên II, Quốc lộ 2, dates 04/3, 22/3, 15:05. '2 tấn hơi/giờ' (example boilers' size) optional.",
]

write("p804-2", TEXT, NOTES, FIGS, published="2024-03-28", location="Bình Xuyên")

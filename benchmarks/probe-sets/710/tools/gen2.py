"""p710-2: Hoài Đức district portal - inspection of independent private preschools, Q1/2024."""
from lib import F, P, I, YEAR, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀI ĐỨC
Trang chủ / Tin tức / Giáo dục

Hoài Đức kiểm tra 143 cơ sở mầm non độc lập tư thục trong quý I

Thứ Tư, 10/04/2024 - 09:05

Thực hiện Kế hoạch số 27/KH-UBND ngày 15/01/2024, trong quý I/2024, Phòng Giáo dục và Đào tạo huyện phối hợp với UBND 20 xã, thị trấn kiểm tra 143 cơ sở giáo dục mầm non độc lập tư thục, đạt 100% kế hoạch. Kết quả: 117 cơ sở đủ điều kiện hoạt động; 21 cơ sở phải khắc phục về cơ sở vật chất và 5 cơ sở bị đình chỉ do chưa được cấp phép.

Qua kiểm tra, đoàn đã xử phạt vi phạm hành chính 9 cơ sở (tăng 2 cơ sở so với cùng kỳ năm 2023) với tổng số tiền 87,5 triệu đồng.

Hiện toàn huyện có 61 trường mầm non, trong đó 24 trường tư thục. Số trẻ học tại các nhóm, lớp độc lập tư thục khoảng 6.800 cháu, chiếm gần 30% số trẻ mầm non trên địa bàn; sĩ số bình quân 22 trẻ/nhóm.

Mức thu tại các cơ sở tư thục dao động từ 2,5 đến 6 triệu đồng/trẻ/tháng, cao hơn từ 3 đến 8 lần so với trường công lập. Năm 2023, huyện đã hỗ trợ 318 giáo viên mầm non tư thục với tổng kinh phí hơn 1,5 tỷ đồng.

Năm 2024, huyện phấn đấu 100% nhóm, lớp độc lập tư thục được cấp phép hoạt động, không để phát sinh cơ sở tự phát dọc Quốc lộ 32 và Đại lộ Thăng Long.

Minh Thu - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

COMMENTS = [
    "Hoài Đức district portal (Hà Nội), dateline `Thứ Tư, 10/04/2024 - 09:05`, byline at the end: inspection of private preschools, quý I/2024.",
    "Not figures: Kế hoạch số 27/KH-UBND ngày 15/01/2024, Quốc lộ 32, the date. Location is the district throughout.",
    "Headline `trong quý I` has no year; nothing earlier in the article, so the dateline's 2024.",
    "`Kết quả:` after the whole: 117 + 21 + 5 = 143 (total 143). `đạt 100% kế hoạch` is the percent of 143.",
    "The bracketed `tăng 2 cơ sở so với cùng kỳ năm 2023` is the change of 9 cơ sở. `trong đó 24 trường tư thục` is part of 61.",
    "`cao hơn từ 3 đến 8 lần so với trường công lập` after the fee range is its change (lần, lower end 3).",
    "`22 trẻ/nhóm` is a rate: measure, unit with its denominator.",
]

Q1 = P("trong quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("kiểm tra 143 cơ sở mầm non", "143", 143, "count", "cơ sở",
      subject="cơ sở mầm non độc lập tư thục được kiểm tra",
      period=P("trong quý I", "2024-01-01", "2024-03-31")),
    F("UBND 20 xã", "20", 20, "count", "xã, thị trấn",
      subject="xã, thị trấn phối hợp kiểm tra", period=Q1),
    F("kiểm tra 143 cơ sở giáo dục", "143", 143, "count", "cơ sở", percent=100,
      subject="cơ sở giáo dục mầm non độc lập tư thục được kiểm tra", period=Q1),
    F("117 cơ sở", "117", 117, "count", "cơ sở", total=143,
      subject="cơ sở đủ điều kiện hoạt động", period=I(Q1)),
    F("21 cơ sở", "21", 21, "count", "cơ sở", total=143,
      subject="cơ sở phải khắc phục về cơ sở vật chất", period=I(Q1)),
    F("5 cơ sở", "5", 5, "count", "cơ sở", total=143,
      subject="cơ sở bị đình chỉ do chưa được cấp phép", period=I(Q1)),
    F("hành chính 9 cơ sở", "9", 9, "count", "cơ sở",
      change=CH("increase", 2, "cơ sở", "cùng kỳ năm 2023"),
      subject="cơ sở bị xử phạt vi phạm hành chính", period=I(Q1)),
    F("87,5 triệu đồng", "87,5", 87.5e6, "money", "đồng",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=I(Q1)),
    F("có 61 trường", "61", 61, "count", "trường", subject="trường mầm non"),
    F("24 trường tư thục", "24", 24, "count", "trường", total=61,
      subject="trường mầm non tư thục"),
    F("khoảng 6.800 cháu", "6.800", 6800, "count", "cháu", approx="about", percent=30,
      subject="trẻ học tại các nhóm, lớp độc lập tư thục"),
    F("22 trẻ/nhóm", "22", 22, "measure", "trẻ/nhóm",
      subject="sĩ số bình quân nhóm, lớp độc lập tư thục"),
    F("từ 2,5 đến 6 triệu", "2,5", 2.5e6, "money", "đồng/trẻ/tháng", value_max=6e6,
      change=CH("increase", 3, "lần", "trường công lập"),
      subject="mức thu tại các cơ sở tư thục"),
    F("hỗ trợ 318 giáo viên", "318", 318, "count", "giáo viên",
      subject="giáo viên mầm non tư thục được hỗ trợ", period=YEAR(2023, "Năm 2023")),
    F("hơn 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", approx="over",
      subject="kinh phí hỗ trợ giáo viên mầm non tư thục", period=YEAR(2023, "Năm 2023")),
    F("phấn đấu 100% nhóm", "100", 100, "percent", "%", status="target",
      subject="nhóm, lớp độc lập tư thục được cấp phép hoạt động", period=YEAR(2024, "Năm 2024")),
]

if __name__ == "__main__":
    emit("p710-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Hoài Đức")

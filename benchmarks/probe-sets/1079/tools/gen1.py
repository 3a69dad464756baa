"""p1079-1: province portal (Thanh Hóa), dư nợ ủy thác qua Hội CCB năm 2023."""
from lib import Fig, per, chg, tgt, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Chính trị - Xã hội
Hội Cựu chiến binh tỉnh: Dư nợ ủy thác đạt hơn 1.240 tỷ đồng
Cập nhật: 14/03/2024 09:45 | Lượt xem: 1.236

Ngày 13/3, Hội Cựu chiến binh (CCB) tỉnh Thanh Hóa phối hợp với Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh tổ chức hội nghị đánh giá kết quả thực hiện Văn bản liên tịch số 3522/VBLT-NHCS-HCCB năm 2023.

Tính đến 31/12/2023, tổng dư nợ ủy thác qua Hội CCB các cấp đạt 1.243,7 tỷ đồng, tăng 92,5 tỷ đồng so với đầu năm, chiếm 13,8% tổng dư nợ của chi nhánh. Toàn tỉnh có 1.126 tổ tiết kiệm và vay vốn (TK&VV) do Hội quản lý với 41.508 hộ còn dư nợ, trong đó 9.870 hộ là hội viên CCB. Tỷ lệ nợ quá hạn chỉ còn 0,08%, giảm 0,03 điểm phần trăm so với năm 2022.

Năm 2023, 27/27 huyện, thị xã, thành phố đều có dư nợ ủy thác tăng trưởng; các đơn vị có dư nợ lớn là Thọ Xuân (96,2 tỷ đồng), Nông Cống (81,4 tỷ đồng) và Hoằng Hóa (78,9 tỷ đồng). Trong năm, nguồn vốn đã giúp 12.460 lượt hộ được vay với doanh số cho vay 587,3 tỷ đồng.

Cùng với tín dụng chính sách, phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" tiếp tục phát triển. Năm 2023, các cấp Hội đã giúp 1.215 hộ hội viên thoát nghèo; toàn tỉnh có 3.412 mô hình kinh tế của hội viên cho thu nhập từ 300 triệu đồng/năm trở lên, trong đó 286 mô hình có doanh thu trên 1 tỷ đồng/năm.

Phát biểu tại hội nghị, đồng chí Lê Văn Sáu, Chủ tịch Hội CCB tỉnh đề nghị các cấp Hội tiếp tục quán triệt Chỉ thị số 40-CT/TW của Ban Bí thư. Năm 2024, Hội CCB tỉnh phấn đấu dư nợ ủy thác tăng thêm khoảng 80 tỷ đồng, tỷ lệ nợ quá hạn dưới 0,1%; 100% tổ TK&VV được xếp loại tốt, khá.
"""

ASOF = per("Tính đến 31/12/2023", None, "2023-12-31")
ASOF_I = per("Tính đến 31/12/2023", None, "2023-12-31", inherited=True)
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23_IN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    Fig("đạt hơn 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng", "dư nợ ủy thác qua Hội Cựu chiến binh",
        approx="over"),
    Fig("các cấp đạt 1.243,7 tỷ đồng", "1.243,7", 1243.7e9, "money", "đồng",
        "tổng dư nợ ủy thác qua Hội CCB các cấp", ASOF,
        percent=13.8, change=chg("increase", 92.5e9, "đồng", "đầu năm")),
    Fig("có 1.126 tổ tiết kiệm", "1.126", 1126, "count", "tổ", "tổ tiết kiệm và vay vốn do Hội quản lý", ASOF_I),
    Fig("với 41.508 hộ", "41.508", 41508, "count", "hộ", "hộ còn dư nợ", ASOF_I),
    Fig("trong đó 9.870 hộ", "9.870", 9870, "count", "hộ", "hộ còn dư nợ là hội viên CCB", ASOF_I, total=41508),
    Fig("chỉ còn 0,08%", "0,08", 0.08, "percent", "%", "tỷ lệ nợ quá hạn", ASOF_I,
        change=chg("decrease", 0.03, "điểm phần trăm", "năm 2022")),
    Fig("27/27 huyện", "27", 27, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố có dư nợ ủy thác tăng trưởng", Y23, total=27),
    Fig("Thọ Xuân (96,2 tỷ đồng)", "96,2", 96.2e9, "money", "đồng", "dư nợ ủy thác", Y23, location="Thọ Xuân"),
    Fig("Nông Cống (81,4 tỷ đồng)", "81,4", 81.4e9, "money", "đồng", "dư nợ ủy thác", Y23, location="Nông Cống"),
    Fig("Hoằng Hóa (78,9 tỷ đồng)", "78,9", 78.9e9, "money", "đồng", "dư nợ ủy thác", Y23, location="Hoằng Hóa"),
    Fig("giúp 12.460 lượt hộ", "12.460", 12460, "count", "lượt hộ", "lượt hộ được vay vốn", Y23_IN),
    Fig("cho vay 587,3 tỷ đồng", "587,3", 587.3e9, "money", "đồng", "doanh số cho vay", Y23_IN),
    Fig("giúp 1.215 hộ hội viên", "1.215", 1215, "count", "hộ", "hộ hội viên thoát nghèo",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    Fig("có 3.412 mô hình", "3.412", 3412, "count", "mô hình",
        "mô hình kinh tế hội viên thu nhập từ 300 triệu đồng/năm", Y23),
    Fig("từ 300 triệu đồng/năm", "300", 300e6, "money", "đồng/năm", "thu nhập của mô hình kinh tế",
        approx="at_least", optional=True),
    Fig("trong đó 286 mô hình", "286", 286, "count", "mô hình", "mô hình có doanh thu trên 1 tỷ đồng/năm",
        Y23, total=3412),
    Fig("trên 1 tỷ đồng/năm", "1", 1e9, "money", "đồng/năm", "doanh thu của mô hình", approx="over",
        optional=True),
    Fig("khoảng 80 tỷ đồng", "80", 80e9, "money", "đồng", "dư nợ ủy thác tăng thêm", Y24,
        approx="about", status="target"),
    Fig("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", Y24, approx="under", status="target"),
    Fig("100% tổ TK&VV", "100", 100, "percent", "%", "tổ TK&VV được xếp loại tốt, khá", Y24, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: Hội CCB tỉnh — dư nợ ủy thác qua Hội năm 2023, tổ TK&VV, hộ thoát nghèo, mô hình kinh tế, mục tiêu 2024.",
    "Not figures: Lượt xem 1.236, Ngày 13/3, Văn bản liên tịch số 3522/VBLT-NHCS-HCCB, Chỉ thị số 40-CT/TW, the name Lê Văn Sáu.",
    "Thresholds of a category (300 triệu đồng/năm, trên 1 tỷ đồng/năm) are optional. 'Trong năm' takes 2023 from 'Năm 2023' before it.",
    "The 'Tính đến 31/12/2023' as-of is carried (inherited) into the following sentences of its paragraph.",
]

build("p1079-1", TEXT, FIGS, published="2024-03-14", location="Thanh Hóa", notes=NOTES)

"""p1495-8: radio/TV site (Đài PT-TH Thanh Hóa): market inspections of food boxes 6 months 2024, seizure, advice, Q3 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Phát hiện gần 6.000 hộp nhựa đựng thực phẩm không rõ nguồn gốc

Cập nhật lúc 17:45, Thứ Tư, 10/07/2024

(TTV) - 6 tháng đầu năm 2024, lực lượng quản lý thị trường tỉnh Thanh Hóa đã kiểm tra 142 cơ sở kinh doanh đồ gia dụng, phát hiện và xử lý 23 vụ vi phạm về dụng cụ chứa đựng thực phẩm, tăng 5 vụ so với cùng kỳ năm 2023; phạt tiền hơn 210 triệu đồng.

Riêng trong tháng 6, Đội Quản lý thị trường số 4 kiểm tra một kho hàng tại phường Đông Hương, TP Thanh Hóa, thu giữ 5.860 hộp nhựa, hộp cơm giữ nhiệt không có nhãn mác, hóa đơn, trị giá khoảng 176 triệu đồng. Chủ hàng khai nhập từ một cơ sở ở Hà Nội với giá từ 15.000 đến 40.000 đồng/chiếc.

Hiện toàn tỉnh có 5 cơ sở sản xuất hộp nhựa đựng thực phẩm, tổng công suất khoảng 18 triệu sản phẩm/năm, đáp ứng từ 25 đến 30% nhu cầu trong tỉnh.

Theo khuyến cáo của Sở Y tế, người dân nên chọn hộp nhựa có ký hiệu số 5 (PP), chịu nhiệt tối đa 120 độ C khi dùng trong lò vi sóng; không dùng hộp nhựa số 6 (PS) để đựng thức ăn nóng trên 70 độ C. Hộp thủy tinh nên được thay sau khoảng 3-5 năm sử dụng nếu bị trầy xước, mẻ cạnh.

Trong quý III, Cục Quản lý thị trường tỉnh dự kiến kiểm tra ít nhất 60 cơ sở kinh doanh đồ gia dụng tại 8 huyện, thị xã, thành phố có chợ đầu mối.

Đường dây nóng: 0237.3852.116
Bản tin Thời sự 19h00 ngày 10/07/2024
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
M6 = per("trong tháng 6", "2024-06-01", "2024-06-30")
Q3 = per("Trong quý III", "2024-07-01", "2024-09-30")
TP = "Thanh Hóa"

FIGS = [
    fig("gần 6.000 hộp", "6.000", 6000, "count", "hộp", approx="nearly",
        subject="hộp nhựa đựng thực phẩm không rõ nguồn gốc bị phát hiện"),
    fig("kiểm tra 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở kinh doanh đồ gia dụng được kiểm tra",
        period=H1),
    fig("xử lý 23 vụ", "23", 23, "count", "vụ", change=chg("increase", 5, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm về dụng cụ chứa đựng thực phẩm", period=H1),
    fig("hơn 210 triệu", "210", 210e6, "money", "đồng", approx="over", subject="tiền phạt", period=H1),
    fig("kiểm tra một kho", "một", 1, "count", "kho hàng", subject="kho hàng được kiểm tra", period=M6,
        optional=True),
    fig("thu giữ 5.860 hộp", "5.860", 5860, "count", "hộp",
        subject="hộp nhựa, hộp cơm giữ nhiệt không có nhãn mác, hóa đơn bị thu giữ", period=M6),
    fig("khoảng 176 triệu", "176", 176e6, "money", "đồng", approx="about", subject="trị giá hộp nhựa, hộp cơm giữ nhiệt thu giữ",
        period=M6),
    fig("từ 15.000 đến", "15.000", 15000, "money", "đồng/chiếc", value_max=40000,
        subject="giá nhập hộp"),
    fig("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở sản xuất hộp nhựa đựng thực phẩm"),
    fig("khoảng 18 triệu", "18", 18e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất các cơ sở sản xuất hộp nhựa"),
    fig("từ 25 đến 30%", "25", 25, "percent", "%", value_max=30,
        subject="tỷ lệ đáp ứng nhu cầu hộp nhựa đựng thực phẩm trong tỉnh"),
    fig("tối đa 120 độ", "120", 120, "measure", "độ C", approx="at_most",
        subject="nhiệt độ chịu được của hộp nhựa PP khi dùng trong lò vi sóng"),
    fig("trên 70 độ", "70", 70, "measure", "độ C", approx="over", subject="nhiệt độ thức ăn nóng"),
    fig("khoảng 3-5 năm", "3", 3, "measure", "năm", value_max=5, approx="about",
        subject="thời gian sử dụng hộp thủy tinh trước khi thay"),
    fig("ít nhất 60 cơ sở", "60", 60, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở kinh doanh đồ gia dụng được kiểm tra", period=Q3),
    fig("tại 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", status="forecast",
        subject="huyện, thị xã, thành phố có chợ đầu mối", period=Q3),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, headline, 'Cập nhật lúc 17:45, Thứ Tư, 10/07/2024', tag '(TTV) -', hotline, broadcast line.",
    "Distractors: 17:45, 'Đội Quản lý thị trường số 4', recycling codes 'ký hiệu số 5 (PP)' and 'số 6 (PS)', hotline 0237.3852.116,",
    "'Bản tin Thời sự 19h00 ngày 10/07/2024' (time, date), baseline 'cùng kỳ năm 2023'.",
    "Headline 'gần 6.000 hộp' (nearly) has no period. 'tăng 5 vụ so với cùng kỳ năm 2023' is the change of 23 vụ (unit vụ).",
    "'kiểm tra một kho hàng' is optional (a lone 'một' reads as an article). 'trong tháng 6' -> June 2024 (year of the earlier period).",
    "The seizure in TP Thanh Hóa: location Thanh Hóa either way (city and province share the name). The wholesale price from Hà Nội",
    "describes goods sold in Thanh Hóa; location stays Thanh Hóa. Standing specs and advice: no period.",
    "revised after the first run: 176 triệu subject 'trị giá hàng thu giữ' -> 'trị giá hộp nhựa, hộp cơm giữ nhiệt thu giữ' (the sentence names the goods).",
    "'khoảng 3-5 năm' (service life) is a measure range with approx about. 'Trong quý III ... dự kiến' -> forecast, both clauses; quý III = 2024.",
]

if __name__ == "__main__":
    write("p1495-8", TEXT, NOTES, FIGS, published="2024-07-10", location="Thanh Hóa")

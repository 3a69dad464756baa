"""p1497-4: ministry site (Bộ Công Thương - Tổng cục Quản lý thị trường): national lighter violations in 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG - TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
Trang chủ > Tin hoạt động > Chống buôn lậu, hàng giả

Năm 2023: Lực lượng QLTT xử lý hơn 1.200 vụ vi phạm về bật lửa

12/01/2024 | 09:20 | Cục Nghiệp vụ QLTT

Năm 2023, lực lượng Quản lý thị trường cả nước đã kiểm tra, xử lý 1.246 vụ vi phạm liên quan đến bật lửa, hộp quẹt ga và ga nạp bật lửa, tăng 15,3% so với năm 2022; tạm giữ hơn 2,3 triệu chiếc bật lửa các loại. Tổng số tiền xử phạt và trị giá hàng tịch thu là 14,6 tỷ đồng.

Trong số 1.246 vụ, có 812 vụ kinh doanh hàng nhập lậu, 297 vụ kinh doanh hàng không đáp ứng Quy chuẩn kỹ thuật quốc gia QCVN 01:2008/BCT về an toàn bật lửa và 137 vụ vi phạm về nhãn hàng hóa.

Hàng vi phạm tập trung ở các tỉnh biên giới phía Bắc và Tây Nam. Các địa phương tạm giữ nhiều bật lửa nhất lần lượt là Lạng Sơn (612.000 chiếc), Quảng Ninh (485.000 chiếc) và An Giang (327.000 chiếc); ba địa phương này chiếm khoảng 62% tổng số bật lửa bị tạm giữ.

Đáng chú ý, 63/63 tỉnh, thành phố đều phát hiện bật lửa không rõ nguồn gốc bày bán tại chợ, cửa hàng tạp hóa. Trong số 150 mẫu bật lửa được lấy ngẫu nhiên để thử nghiệm, có 104 mẫu không đạt yêu cầu về chiều cao ngọn lửa và khả năng chống trẻ em sử dụng, chiếm 69,3%.

Năm 2024, Tổng cục đặt mục tiêu giảm ít nhất 10% số vụ vi phạm về bật lửa, đồng thời dự kiến tổ chức 2 đợt cao điểm kiểm tra vào quý II và quý IV. Người tiêu dùng phát hiện vi phạm có thể phản ánh qua đường dây nóng 1800.6838 hoặc ứng dụng "Kiểm tra hàng hóa".

Tin cùng chuyên mục:
- Quảng Ninh: Tiêu hủy hàng lậu, hàng giả đợt 2 năm 2023
- Hội nghị tổng kết công tác năm 2023 của lực lượng QLTT

TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
Địa chỉ: Số 91 Đinh Tiên Hoàng, quận Hoàn Kiếm, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("xử lý hơn 1.200 vụ", "1.200", 1200, "count", "vụ", approx="over",
        subject="vụ vi phạm về bật lửa lực lượng QLTT xử lý", period=Y23),
    fig("xử lý 1.246 vụ", "1.246", 1246, "count", "vụ",
        change=chg("increase", 15.3, "%", "năm 2022"),
        subject="vụ vi phạm liên quan đến bật lửa, hộp quẹt ga và ga nạp bật lửa", period=Y23),
    fig("hơn 2,3 triệu", "2,3", 2.3e6, "count", "chiếc", approx="over",
        subject="bật lửa các loại tạm giữ", period=Y23),
    fig("là 14,6 tỷ", "14,6", 14.6e9, "money", "đồng",
        subject="tổng số tiền xử phạt và trị giá hàng tịch thu", period=inh(Y23)),
    fig("Trong số 1.246 vụ", "1.246", 1246, "count", "vụ",
        subject="vụ vi phạm liên quan đến bật lửa", period=inh(Y23), optional=True),
    fig("có 812 vụ", "812", 812, "count", "vụ", total=1246,
        subject="vụ kinh doanh hàng nhập lậu", period=inh(Y23)),
    fig("297 vụ", "297", 297, "count", "vụ", total=1246,
        subject="vụ kinh doanh hàng không đáp ứng Quy chuẩn kỹ thuật quốc gia về an toàn bật lửa",
        period=inh(Y23)),
    fig("137 vụ", "137", 137, "count", "vụ", total=1246,
        subject="vụ vi phạm về nhãn hàng hóa", period=inh(Y23)),
    fig("(612.000 chiếc)", "612.000", 612000, "count", "chiếc",
        subject="bật lửa các địa phương tạm giữ", period=inh(Y23), location="Lạng Sơn"),
    fig("(485.000 chiếc)", "485.000", 485000, "count", "chiếc",
        subject="bật lửa các địa phương tạm giữ", period=inh(Y23), location="Quảng Ninh"),
    fig("(327.000 chiếc)", "327.000", 327000, "count", "chiếc",
        subject="bật lửa các địa phương tạm giữ", period=inh(Y23), location="An Giang"),
    fig("ba địa phương này", "ba", 3, "count", "địa phương",
        subject="địa phương tạm giữ nhiều bật lửa nhất", optional=True),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="ba địa phương chiếm tổng số bật lửa bị tạm giữ", period=inh(Y23)),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố phát hiện bật lửa không rõ nguồn gốc bày bán", period=inh(Y23)),
    fig("số 150 mẫu", "150", 150, "count", "mẫu",
        subject="mẫu bật lửa được lấy ngẫu nhiên để thử nghiệm", period=inh(Y23)),
    fig("có 104 mẫu", "104", 104, "count", "mẫu", total=150, percent=69.3,
        subject="mẫu không đạt yêu cầu về chiều cao ngọn lửa và khả năng chống trẻ em sử dụng",
        period=inh(Y23)),
    fig("giảm ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="số vụ vi phạm về bật lửa giảm", period=Y24),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt", status="forecast",
        subject="đợt cao điểm kiểm tra", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương / Tổng cục QLTT): national lighter violations 2023; breadcrumb, '12/01/2024 | 09:20 | Cục Nghiệp vụ QLTT', footer.",
    "Distractors: 09:20, 'QCVN 01:2008/BCT', 'quý II và quý IV', hotline 1800.6838, 'Số 91 Đinh Tiên Hoàng', link titles 'đợt 2 năm 2023' and 'năm 2023'.",
    "Location Việt Nam throughout, except the 'lần lượt là Lạng Sơn (...), Quảng Ninh (...) và An Giang (...)' list: each item is located in its province.",
    "'Trong số 1.246 vụ' restates the whole of the previous sentence: optional. The parts 812/297/137 (sum 1.246) take total 1246.",
    "'ba địa phương này' refers back to the list: optional. 'chiếm khoảng 62%' has no base amount of its own: a percent figure.",
    "'63/63 tỉnh, thành phố' total 63. 'Trong số 150 mẫu ..., có 104 mẫu ..., chiếm 69,3%': total 150, percent 69,3.",
    "'Năm 2024 ... đặt mục tiêu giảm ít nhất 10%' target; 'dự kiến tổ chức 2 đợt' forecast.",
]

if __name__ == "__main__":
    write("p1497-4", TEXT, NOTES, FIGS, published="2024-01-12", location="Việt Nam")

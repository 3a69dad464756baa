"""p475-1: Yên Bái province portal, forest planting 2023, cover, PFES, 2024/2025 targets."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Yên Bái trồng mới 16.240 ha rừng tập trung trong năm 2023

Cập nhật: 05/01/2024 14:20
Lượt xem: 3.482

(yenbai.gov.vn) - Thực hiện Nghị quyết số 69-NQ/TU của Tỉnh ủy, năm 2023, toàn tỉnh Yên Bái trồng mới được 16.240 ha rừng tập trung, đạt 108,3% kế hoạch, tăng 5,4% so với năm 2022. Trong đó, rừng sản xuất 15.685 ha; rừng phòng hộ, đặc dụng 555 ha. Các địa phương có diện tích trồng lớn là Văn Yên (3.420 ha), Trấn Yên (2.960 ha), Lục Yên (2.515 ha) và Yên Bình (2.230 ha).

Cùng với trồng rừng tập trung, các địa phương đã trồng gần 1,2 triệu cây phân tán; sản lượng gỗ rừng trồng khai thác ước đạt 1,05 triệu m3, tăng 8% so với cùng kỳ. Giá trị sản xuất lâm nghiệp ước đạt 4.350 tỷ đồng, chiếm 31,5% giá trị sản xuất nông, lâm nghiệp và thủy sản của tỉnh.

Tỷ lệ che phủ rừng năm 2023 đạt 63,62%, cao hơn 0,12% so với năm trước, đứng thứ 4 cả nước.

Về chi trả dịch vụ môi trường rừng, năm 2023 Quỹ Bảo vệ và Phát triển rừng tỉnh đã giải ngân 68,4 tỷ đồng cho chủ rừng, cộng đồng và hộ gia đình nhận khoán bảo vệ 162.300 ha rừng; đơn giá bình quân khoảng 421.000 đồng/ha.

Năm 2024, tỉnh phấn đấu trồng mới 15.500 ha rừng tập trung, trồng 1 triệu cây phân tán, duy trì tỷ lệ che phủ rừng trên 63,6%; đến năm 2025 có 40.000 ha rừng trồng được cấp chứng chỉ quản lý rừng bền vững (FSC).

Sở Nông nghiệp và PTNT tỉnh Yên Bái - Số 2 đường Yên Ninh, TP. Yên Bái - ĐT: 0216.3852.146
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
PLANT = "diện tích trồng rừng tập trung"

FIGS = [
    fig("Yên Bái trồng mới 16.240 ha", "16.240", 16240, "measure", "ha", PLANT,
        per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("trồng mới được 16.240 ha", "16.240", 16240, "measure", "ha", PLANT, Y23,
        percent=108.3, change=chg("increase", 5.4, baseline="năm 2022")),
    fig("rừng sản xuất 15.685 ha", "15.685", 15685, "measure", "ha", "diện tích trồng rừng sản xuất", inh(Y23),
        total=16240),
    fig("đặc dụng 555 ha", "555", 555, "measure", "ha", "diện tích trồng rừng phòng hộ, đặc dụng", inh(Y23),
        total=16240),
    fig("Văn Yên (3.420 ha)", "3.420", 3420, "measure", "ha", "diện tích trồng rừng", inh(Y23), location="Văn Yên"),
    fig("Trấn Yên (2.960 ha)", "2.960", 2960, "measure", "ha", "diện tích trồng rừng", inh(Y23), location="Trấn Yên"),
    fig("Lục Yên (2.515 ha)", "2.515", 2515, "measure", "ha", "diện tích trồng rừng", inh(Y23), location="Lục Yên"),
    fig("Yên Bình (2.230 ha)", "2.230", 2230, "measure", "ha", "diện tích trồng rừng", inh(Y23), location="Yên Bình"),
    fig("gần 1,2 triệu cây", "1,2", 1200000, "count", "cây", "cây phân tán trồng", inh(Y23), approx="nearly"),
    fig("ước đạt 1,05 triệu m3", "1,05", 1050000, "measure", "m3", "sản lượng gỗ rừng trồng khai thác", inh(Y23),
        change=chg("increase", 8, baseline="cùng kỳ"), status="estimate"),
    fig("ước đạt 4.350 tỷ đồng", "4.350", 4350e9, "money", "đồng", "giá trị sản xuất lâm nghiệp", inh(Y23),
        percent=31.5, status="estimate"),
    fig("đạt 63,62%", "63,62", 63.62, "percent", "%", "tỷ lệ che phủ rừng", Y23,
        change=chg("increase", 0.12, baseline="năm trước")),
    fig("đứng thứ 4 cả nước", "4", 4, "rank", "hạng", "tỷ lệ che phủ rừng", Y23),
    fig("giải ngân 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", "tiền dịch vụ môi trường rừng giải ngân", Y23),
    fig("bảo vệ 162.300 ha", "162.300", 162300, "measure", "ha",
        "diện tích rừng nhận khoán bảo vệ được chi trả dịch vụ môi trường rừng", Y23),
    fig("khoảng 421.000 đồng/ha", "421.000", 421000, "money", "đồng/ha",
        "đơn giá chi trả dịch vụ môi trường rừng bình quân", Y23, approx="about"),
    fig("trồng mới 15.500 ha", "15.500", 15500, "measure", "ha", PLANT, Y24, status="target"),
    fig("trồng 1 triệu cây", "1", 1000000, "count", "cây", "cây phân tán trồng", Y24, status="target"),
    fig("trên 63,6%", "63,6", 63.6, "percent", "%", "tỷ lệ che phủ rừng", Y24, approx="over", status="target"),
    fig("có 40.000 ha", "40.000", 40000, "measure", "ha",
        "diện tích rừng trồng được cấp chứng chỉ quản lý rừng bền vững (FSC)", TO25, status="target"),
]

COMMENTS = [
    "Yên Bái provincial portal (breadcrumb, Cập nhật, Lượt xem): trồng rừng năm 2023, che phủ rừng, chi trả DVMTR, mục tiêu 2024-2025.",
    "Headline figure has its own period (trong năm 2023). District items in brackets follow a separate sentence and do not add up: no total.",
    "Distractors: Lượt xem 3.482, Nghị quyết số 69-NQ/TU, Số 2 đường Yên Ninh, phone 0216.3852.146, dates.",
]

if __name__ == "__main__":
    emit("p475-1", TEXT, FIGS, COMMENTS, published="2024-01-05", location="Yên Bái")

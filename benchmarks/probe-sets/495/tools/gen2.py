#!/usr/bin/env python3
"""p495-2: district portal (Cẩm Xuyên, Hà Tĩnh) - bộ thuế khoán hộ kinh doanh năm 2024."""
from lib import fig, per, inh, chg, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM XUYÊN
Trang chủ / Tin tức - Sự kiện / Kinh tế
Cẩm Xuyên: Lập bộ thuế khoán cho hơn 2.400 hộ kinh doanh
Ngày đăng: 16/05/2024

Thực hiện Thông tư số 40/2021/TT-BTC của Bộ Tài chính, Chi cục Thuế khu vực Cẩm Xuyên - Kỳ Anh đã rà soát, lập bộ thuế khoán ổn định năm 2024 cho 2.436 hộ kinh doanh trên địa bàn huyện, tăng 128 hộ so với năm 2023. Trong đó, 1.512 hộ có doanh thu trên 100 triệu đồng/năm thuộc diện phải nộp thuế; 924 hộ không thuộc diện nộp thuế giá trị gia tăng và thuế thu nhập cá nhân.

Tổng số thuế khoán phải nộp bình quân mỗi tháng khoảng 1,85 tỷ đồng; mức thuế bình quân 1,22 triệu đồng/hộ/tháng. Thị trấn Thiên Cầm có số hộ nộp thuế lớn nhất (486 hộ), tiếp đến là xã Cẩm Thành (213 hộ), xã Cẩm Quang (167 hộ) và xã Cẩm Vịnh (152 hộ).

Bốn tháng đầu năm 2024, Chi cục đã thu thuế từ hộ kinh doanh trên địa bàn huyện được 7,96 tỷ đồng, đạt 36,2% dự toán, tăng 9,7% so với cùng kỳ. Qua kiểm tra, 37 hộ kinh doanh được điều chỉnh tăng doanh thu khoán, số thuế tăng thêm gần 96 triệu đồng/tháng.

Phó Chủ tịch UBND huyện Trần Văn Lộc đề nghị Chi cục phối hợp với UBND các xã, thị trấn tiếp tục rà soát hộ kinh doanh dọc Quốc lộ 1A và Quốc lộ 8C, phấn đấu năm 2024 thu từ khu vực hộ kinh doanh đạt trên 24 tỷ đồng; đồng thời mở rộng hóa đơn điện tử từ máy tính tiền, đến cuối năm có ít nhất 150 hộ áp dụng.

Thu Hà (Trung tâm VH-TT&TT huyện)
"""

Y = per("năm 2024", "2024-01-01", "2024-12-31")
M4 = per("Bốn tháng đầu năm 2024", "2024-01-01", "2024-04-30")
SUBJ_LIST = "hộ nộp thuế"

FIGS = [
    fig("hơn 2.400 hộ kinh doanh", "2.400", 2400, "count", "hộ kinh doanh", "hộ kinh doanh được lập bộ thuế khoán",
        inh(Y), approx="over"),
    fig("cho 2.436 hộ kinh doanh", "2.436", 2436, "count", "hộ kinh doanh",
        "hộ kinh doanh lập bộ thuế khoán ổn định", Y, change=chg("increase", 128, "hộ", "năm 2023")),
    fig("1.512 hộ có doanh thu", "1.512", 1512, "count", "hộ", "hộ thuộc diện phải nộp thuế", inh(Y), total=2436),
    fig("trên 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "doanh thu", approx="over", optional=True),
    fig("924 hộ không thuộc diện", "924", 924, "count", "hộ",
        "hộ không thuộc diện nộp thuế giá trị gia tăng và thuế thu nhập cá nhân", inh(Y), total=2436),
    fig("khoảng 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "tổng số thuế khoán phải nộp bình quân mỗi tháng",
        inh(Y), approx="about"),
    fig("1,22 triệu đồng/hộ/tháng", "1,22", 1.22e6, "money", "đồng/hộ/tháng", "mức thuế bình quân", inh(Y)),
    fig("(486 hộ)", "486", 486, "count", "hộ", SUBJ_LIST, inh(Y), location="Thiên Cầm"),
    fig("(213 hộ)", "213", 213, "count", "hộ", SUBJ_LIST, inh(Y), location="Cẩm Thành"),
    fig("(167 hộ)", "167", 167, "count", "hộ", SUBJ_LIST, inh(Y), location="Cẩm Quang"),
    fig("(152 hộ)", "152", 152, "count", "hộ", SUBJ_LIST, inh(Y), location="Cẩm Vịnh"),
    fig("được 7,96 tỷ đồng", "7,96", 7.96e9, "money", "đồng", "thu thuế từ hộ kinh doanh trên địa bàn huyện", M4,
        percent=36.2, change=chg("increase", 9.7, baseline="cùng kỳ")),
    fig("37 hộ kinh doanh", "37", 37, "count", "hộ kinh doanh", "hộ kinh doanh được điều chỉnh tăng doanh thu khoán",
        inh(M4)),
    fig("gần 96 triệu đồng/tháng", "96", 96e6, "money", "đồng/tháng", "số thuế tăng thêm", inh(M4), approx="nearly"),
    fig("đạt trên 24 tỷ đồng", "24", 24e9, "money", "đồng", "thu từ khu vực hộ kinh doanh", Y,
        approx="over", status="target"),
    fig("ít nhất 150 hộ", "150", 150, "count", "hộ", "hộ áp dụng hóa đơn điện tử từ máy tính tiền",
        per("đến cuối năm", end="2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cẩm Xuyên (district portal): bộ thuế khoán hộ kinh doanh ổn định năm 2024, thu 4 tháng, mục tiêu năm.",
    "Location is the district (Cẩm Xuyên); commune items in the bracketed list take the commune as location (xã/thị trấn prefix dropped).",
    "'trên 100 triệu đồng/năm' is the VAT/PIT revenue threshold (optional). Thông tư số 40/2021/TT-BTC, Quốc lộ 1A, 8C are not figures.",
    "'ít nhất 150 hộ ... đến cuối năm' continues the 'phấn đấu' clause (target); 'đến cuối năm' takes 2024 (as-of end).",
]

if __name__ == "__main__":
    emit("p495-2", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Cẩm Xuyên")

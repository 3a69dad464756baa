"""p1117-6: national newspaper: a Phú Thọ chopstick exporter (huyện Thanh Sơn) fully booked; wages; national exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ năm, 12/9/2024, 06:00 (GMT+7)

Doanh nghiệp đũa tre kín đơn hàng đến cuối năm

Nhà máy đũa tre ở Phú Thọ cần tuyển thêm 120 công nhân để kịp giao hàng đi Nhật Bản, Hàn Quốc, lương khởi điểm 7 triệu đồng.

Tại Cụm công nghiệp Thục Luyện, huyện Thanh Sơn, xe chở tre nứa ra vào nhà máy của Công ty cổ phần Tre Xanh Phú Thọ liên tục từ 5h sáng. Ông Nguyễn Đức Thắng, Giám đốc công ty, cho biết 8 tháng đầu năm công ty xuất khẩu 46 container đũa (khoảng 92 triệu đôi), doanh thu 3,4 triệu USD, tăng 27% so với cùng kỳ năm ngoái. Đơn hàng đã kín đến tháng 12.

Nhà máy hiện có 350 công nhân (trong đó 210 lao động nữ), thu nhập bình quân 8,2 triệu đồng/người/tháng, tổ trưởng và thợ máy từ 10 đến 12 triệu đồng. Công ty đang tuyển thêm 120 người, lương khởi điểm 7 triệu đồng/tháng, chưa kể phụ cấp chuyên cần 500.000 đồng.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam, cả nước có khoảng 60 doanh nghiệp xuất khẩu đũa, tăm tre quy mô lớn, tập trung ở Phú Thọ, Thanh Hóa, Nghệ An. Năm 2023, kim ngạch xuất khẩu nhóm hàng này đạt 98 triệu USD, gấp 2 lần năm 2018. Giá đũa tre dùng một lần xuất sang Nhật Bản hiện khoảng 3,2 USD/hộp 100 đôi.

Phú Thọ hiện có 43 cơ sở sản xuất đũa, tăm, que xiên tre với khoảng 2.500 lao động. Tỉnh dự kiến năm 2025 giá trị xuất khẩu sản phẩm tre, nứa đạt 25 triệu USD.

Thanh Hằng

Ý kiến (0)
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
TS = "Thanh Sơn"
VN = "Việt Nam"

FIGS = [
    fig("tuyển thêm 120 công nhân", "120", 120, "count", "công nhân",
        subject="công nhân nhà máy đũa tre cần tuyển thêm"),
    fig("Hàn Quốc, lương khởi điểm 7", "7", 7e6, "money", "đồng",
        subject="lương khởi điểm công nhân nhà máy đũa tre"),
    fig("xuất khẩu 46 container", "46", 46, "count", "container",
        subject="container đũa công ty xuất khẩu", period=M8, location=TS),
    fig("khoảng 92 triệu đôi", "92", 92e6, "count", "đôi", approx="about",
        subject="đũa công ty xuất khẩu", period=M8, location=TS),
    fig("doanh thu 3,4 triệu USD", "3,4", 3.4e6, "money", "USD",
        change=chg("increase", 27, "%", "cùng kỳ năm ngoái"),
        subject="doanh thu của công ty", period=M8, location=TS),
    fig("có 350 công nhân", "350", 350, "count", "công nhân", subject="công nhân nhà máy", location=TS),
    fig("210 lao động nữ", "210", 210, "count", "lao động nữ", total=350,
        subject="lao động nữ của nhà máy", location=TS),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân công nhân nhà máy", location=TS),
    fig("từ 10 đến 12 triệu", "10", 10e6, "money", "đồng", value_max=12e6,
        subject="thu nhập tổ trưởng và thợ máy", location=TS),
    fig("tuyển thêm 120 người", "120", 120, "count", "người",
        subject="người công ty đang tuyển thêm", location=TS),
    fig("7 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", subject="lương khởi điểm", location=TS),
    fig("cần 500.000", "500.000", 5e5, "money", "đồng", subject="phụ cấp chuyên cần", location=TS),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp xuất khẩu đũa, tăm tre quy mô lớn", location=VN),
    fig("đạt 98 triệu USD", "98", 98e6, "money", "USD", change=chg("increase", 2, "lần", "năm 2018"),
        subject="kim ngạch xuất khẩu đũa, tăm tre", period=per("Năm 2023", "2023-01-01", "2023-12-31"),
        location=VN),
    fig("khoảng 3,2 USD", "3,2", 3.2, "money", "USD/hộp 100 đôi", approx="about",
        subject="giá đũa tre dùng một lần xuất sang Nhật Bản", location=VN),
    fig("có 43 cơ sở", "43", 43, "count", "cơ sở", subject="cơ sở sản xuất đũa, tăm, que xiên tre"),
    fig("khoảng 2.500 lao động", "2.500", 2500, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất đũa, tăm, que xiên tre"),
    fig("đạt 25 triệu USD", "25", 25e6, "money", "USD", status="forecast",
        subject="giá trị xuất khẩu sản phẩm tre, nứa", period=per("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "National newspaper: 'Thứ năm, 12/9/2024, 06:00 (GMT+7)' (published), byline 'Thanh Hằng', 'Ý kiến (0)' furniture.",
    "Default location Phú Thọ (sapo and the last paragraph). The factory is in huyện Thanh Sơn: its figures get Thanh Sơn;",
    "the national figures of the Hiệp hội paragraph get Việt Nam. Year-less '8 tháng đầu năm' takes 2024 (published).",
    "'46 container đũa (khoảng 92 triệu đôi)': the bracket restates the quantity in pairs, a figure of its own (no total).",
    "'(trong đó 210 lao động nữ)' is part of 350 công nhân. 'gấp 2 lần năm 2018' after 98 triệu USD is its change.",
    "'3,2 USD/hộp 100 đôi': 100 is in the rate's unit, not a figure. 'dùng một lần' is not a figure.",
    "Distractors: 06:00, (GMT+7), '5h sáng', 'đến tháng 12', 'Ý kiến (0)'.",
]

if __name__ == "__main__":
    write("p1117-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Phú Thọ")

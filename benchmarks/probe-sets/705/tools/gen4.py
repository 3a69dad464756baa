"""p705-4: ministry site (Bộ NN&PTNT), national passion fruit area and exports 2023."""
from lib import fig, per, inh, ch, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Xuất khẩu chanh leo năm 2023 đạt 185 triệu USD, tăng hơn 2 lần
Ngày đăng: 25/01/2024 | Lượt xem: 2.108

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 12.500 ha chanh leo, sản lượng đạt 215.000 tấn. Các tỉnh có diện tích lớn là Gia Lai (3.460 ha), Đắk Nông (2.350 ha), Sơn La (1.610 ha), Nghệ An (1.200 ha) và Lâm Đồng (980 ha).

Kim ngạch xuất khẩu chanh leo (quả tươi và sản phẩm chế biến) năm 2023 ước đạt 185 triệu USD, tăng 102% so với năm 2022. Trong đó, quả tươi đạt 68 triệu USD, chiếm 36,8%. Về thị trường, Trung Quốc dẫn đầu với 94,5 triệu USD, tiếp đến là Hà Lan 22,3 triệu USD và Pháp 14,6 triệu USD.

Nghị định thư về kiểm dịch thực vật đối với quả chanh leo tươi xuất khẩu sang Trung Quốc được ký kết ngày 01/11/2022. Tính đến hết năm 2023, phía Trung Quốc đã phê duyệt 96 mã số vùng trồng với diện tích 2.870 ha và 38 mã số cơ sở đóng gói.

Dự báo năm 2024, kim ngạch xuất khẩu chanh leo có thể đạt 220-250 triệu USD. Bộ đặt mục tiêu đến năm 2030 diện tích chanh leo cả nước đạt 15.000-20.000 ha, trong đó ít nhất 60% diện tích có mã số vùng trồng.

Cổng thông tin điện tử Bộ NN&PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Giấy phép số 48/GP-TTĐT.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
END23 = per("Tính đến hết năm 2023", end="2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", end="2030-12-31")
EXP = "kim ngạch xuất khẩu chanh leo"
AREA = "diện tích chanh leo"

F = [
    fig("đạt 185 triệu USD, tăng hơn", "185", 185e6, "money", "USD", "Xuất khẩu chanh leo", Y23,
        change=ch("increase", 2, "lần", approx="over")),
    fig("khoảng 12.500 ha", "12.500", 12500, "measure", "ha", AREA, Y23, approx="about"),
    fig("đạt 215.000 tấn", "215.000", 215000, "measure", "tấn", "sản lượng chanh leo", Y23),
    fig("Gia Lai (3.460 ha)", "3.460", 3460, "measure", "ha", AREA, inh(Y23), location="Gia Lai"),
    fig("Đắk Nông (2.350 ha)", "2.350", 2350, "measure", "ha", AREA, inh(Y23), location="Đắk Nông"),
    fig("Sơn La (1.610 ha)", "1.610", 1610, "measure", "ha", AREA, inh(Y23), location="Sơn La"),
    fig("Nghệ An (1.200 ha)", "1.200", 1200, "measure", "ha", AREA, inh(Y23), location="Nghệ An"),
    fig("Lâm Đồng (980 ha)", "980", 980, "measure", "ha", AREA, inh(Y23), location="Lâm Đồng"),
    fig("ước đạt 185 triệu USD", "185", 185e6, "money", "USD",
        "kim ngạch xuất khẩu chanh leo (quả tươi và sản phẩm chế biến)", Y23,
        change=ch("increase", 102, "%", "năm 2022"), status="estimate"),
    fig("đạt 68 triệu USD", "68", 68e6, "money", "USD", "kim ngạch xuất khẩu chanh leo quả tươi", inh(Y23),
        total=185e6, percent=36.8, status="estimate"),
    fig("với 94,5 triệu USD", "94,5", 94.5e6, "money", "USD", EXP + " sang Trung Quốc", inh(Y23)),
    fig("Hà Lan 22,3 triệu USD", "22,3", 22.3e6, "money", "USD", EXP + " sang Hà Lan", inh(Y23)),
    fig("Pháp 14,6 triệu USD", "14,6", 14.6e6, "money", "USD", EXP + " sang Pháp", inh(Y23)),
    fig("phê duyệt 96 mã số", "96", 96, "count", "mã số vùng trồng",
        "mã số vùng trồng chanh leo được phía Trung Quốc phê duyệt", END23),
    fig("diện tích 2.870 ha", "2.870", 2870, "measure", "ha", "diện tích vùng trồng được cấp mã số", END23),
    fig("38 mã số", "38", 38, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói được phê duyệt", END23),
    fig("đạt 220-250 triệu USD", "220", 220e6, "money", "USD", EXP, Y24, value_max=250e6, status="forecast"),
    fig("đạt 15.000-20.000 ha", "15.000", 15000, "measure", "ha", "diện tích chanh leo cả nước", T30,
        value_max=20000, status="target"),
    fig("ít nhất 60%", "60", 60, "percent", "%", "diện tích chanh leo có mã số vùng trồng", T30,
        approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national chanh leo area, output and exports 2023, China codes, 2024 forecast, 2030 target.",
    "Location Việt Nam; provinces in the area list are each item's location; export markets (Trung Quốc, Hà Lan, Pháp) are not places.",
    "Headline 'tăng hơn 2 lần' is the change of the headline figure (lần, over); headline has no 'ước' -> actual.",
    "'Trong đó, quả tươi đạt 68 triệu USD, chiếm 36,8%' -> total 185 triệu, percent 36,8, estimate continued (as h11's thu nội địa).",
    "Market sentence 'Về thị trường, ...' has no part cue -> no total, actual.",
    "Not figures: 'ngày 01/11/2022', 'Số 2 Ngọc Hà', 'Giấy phép số 48/GP-TTĐT', 'Lượt xem: 2.108'.",
]

if __name__ == "__main__":
    write("p705-4", TEXT, NOTES, F, published="2024-01-25", location="Việt Nam")

"""p535-5: Party newspaper (Báo Hải Phòng), logistics infrastructure and port fees, 2023."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """BÁO HẢI PHÒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Kinh tế

Hạ tầng logistics: Bước chuyển mạnh mẽ

Năm 2023, sản lượng hàng hóa thông qua cảng biển Hải Phòng đạt 171,3 triệu tấn, tăng 4% so với năm 2022; trong đó hàng container đạt 6,5 triệu TEU. Cùng với hệ thống cảng biển, mạng lưới kho bãi, trung tâm logistics của thành phố phát triển nhanh.

Tính đến hết năm 2023, thành phố có 5 trung tâm logistics, 9 cảng cạn (ICD) và 157 kho bãi với tổng diện tích khoảng 1.210 ha. Các kho bãi tập trung chủ yếu ở quận Hải An (62 kho), huyện Thủy Nguyên (35 kho), huyện An Dương (28 kho) và quận Ngô Quyền (17 kho). Riêng Trung tâm logistics Đình Vũ rộng 22,5 ha, công suất 1,2 triệu tấn hàng/năm.

Toàn thành phố có hơn 2.000 doanh nghiệp kinh doanh dịch vụ logistics, chiếm khoảng 7% số doanh nghiệp logistics cả nước. Ngành logistics đóng góp khoảng 12% GRDP thành phố.

Năm 2023, Hải Phòng thu phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ, tiện ích công cộng trong khu vực cửa khẩu cảng biển được 3.420 tỷ đồng, vượt 14% dự toán. Mức thu đối với hàng xuất, nhập khẩu đóng trong container là 2,2 triệu đồng/container 20 feet và 4,4 triệu đồng/container 40 feet. Nguồn thu này được dùng để đầu tư hạ tầng kết nối cảng như tuyến đường ven sông Lạch Tray, Quốc lộ 5.

Theo Nghị quyết số 45-NQ/TW của Bộ Chính trị, Hải Phòng phấn đấu đến năm 2030 tốc độ tăng trưởng dịch vụ logistics đạt 20-25%/năm, hình thành thêm 3 trung tâm logistics cấp vùng.

HOÀNG HÀ
29/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E23 = per("Tính đến hết năm 2023", None, "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("đạt 171,3 triệu tấn", "171,3", 171.3e6, "measure", "tấn",
        "sản lượng hàng hóa thông qua cảng biển Hải Phòng", Y23,
        change=ch("increase", 4, baseline="năm 2022")),
    fig("đạt 6,5 triệu TEU", "6,5", 6.5e6, "measure", "TEU", "hàng container", Y23),
    fig("có 5 trung tâm logistics", "5", 5, "count", "trung tâm logistics", "trung tâm logistics", E23),
    fig("9 cảng cạn", "9", 9, "count", "cảng cạn", "cảng cạn (ICD)", E23),
    fig("157 kho bãi", "157", 157, "count", "kho bãi", "kho bãi", E23),
    fig("khoảng 1.210 ha", "1.210", 1210, "measure", "ha", "tổng diện tích kho bãi", E23, approx="about"),
    fig("(62 kho)", "62", 62, "count", "kho", "kho bãi", inh(E23), location="Hải An"),
    fig("(35 kho)", "35", 35, "count", "kho", "kho bãi", inh(E23), location="Thủy Nguyên"),
    fig("(28 kho)", "28", 28, "count", "kho", "kho bãi", inh(E23), location="An Dương"),
    fig("(17 kho)", "17", 17, "count", "kho", "kho bãi", inh(E23), location="Ngô Quyền"),
    fig("rộng 22,5 ha", "22,5", 22.5, "measure", "ha", "diện tích Trung tâm logistics Đình Vũ"),
    fig("1,2 triệu tấn hàng/năm", "1,2", 1.2e6, "measure", "tấn/năm", "công suất Trung tâm logistics Đình Vũ"),
    fig("hơn 2.000 doanh nghiệp", "2.000", 2000, "count", "doanh nghiệp",
        "doanh nghiệp kinh doanh dịch vụ logistics", approx="over", percent=7),
    fig("khoảng 12% GRDP", "12", 12, "percent", "%", "đóng góp của ngành logistics trong GRDP thành phố",
        approx="about"),
    fig("được 3.420 tỷ đồng", "3.420", 3420e9, "money", "đồng",
        "thu phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ, tiện ích công cộng trong khu vực cửa khẩu cảng biển",
        Y23, change=ch("increase", 14, baseline="dự toán")),
    fig("là 2,2 triệu đồng/container", "2,2", 2.2e6, "money", "đồng/container",
        "mức thu phí đối với hàng xuất, nhập khẩu đóng trong container 20 feet"),
    fig("container 20 feet", "20", 20, "measure", "feet", "loại container", optional=True),
    fig("và 4,4 triệu đồng/container", "4,4", 4.4e6, "money", "đồng/container",
        "mức thu phí đối với hàng xuất, nhập khẩu đóng trong container 40 feet"),
    fig("container 40 feet", "40", 40, "measure", "feet", "loại container", optional=True),
    fig("đạt 20-25%/năm", "20", 20, "percent", "%", "tốc độ tăng trưởng dịch vụ logistics", T30,
        value_max=25, status="target"),
    fig("thêm 3 trung tâm", "3", 3, "count", "trung tâm logistics", "trung tâm logistics cấp vùng hình thành thêm",
        T30, status="target"),
]

COMMENTS = [
    "Báo Hải Phòng (Party newspaper): hạ tầng logistics, kho bãi, doanh nghiệp logistics, phí hạ tầng cảng biển năm 2023; byline and date at the end.",
    "Location Hải Phòng; district items 'quận Hải An (62 kho)' take the district as location; they do not add up to 157 and have no cue: no total.",
    "'Tính đến hết năm 2023' is an as-of period (start null). 'chiếm khoảng 7% số doanh nghiệp logistics cả nước' is the percent of 2.000 doanh nghiệp.",
    "'vượt 14% dự toán' is a plan gap: change with baseline dự toán. Fees per container keep the rate in the unit (đồng/container);",
    "'20 feet'/'40 feet' container types are optional.",
    "revised: unit of 'công suất 1,2 triệu tấn hàng/năm' now 'tấn/năm' (was 'tấn hàng/năm'; FIGURES.md asks for the shortest noun phrase, 'hàng' adds nothing).",
    "Not figures: Nghị quyết số 45-NQ/TW, Quốc lộ 5, the date line 29/01/2024.",
]

if __name__ == "__main__":
    emit("p535-5", TEXT, COMMENTS, FIGS, published="2024-01-29", location="Hải Phòng")

"""p634-2: huyện Cẩm Giàng (Hải Dương) district portal — kết quả thực hiện kế hoạch sử dụng đất năm 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ | Tin hoạt động | Tài nguyên - Môi trường
Thứ Sáu, 12/01/2024 - 09:20

Cẩm Giàng hoàn thành 41/96 công trình, dự án sử dụng đất năm 2023

Theo báo cáo của Phòng Tài nguyên và Môi trường, kế hoạch sử dụng đất năm 2023 của huyện được UBND tỉnh Hải Dương phê duyệt tại Quyết định số 612/QĐ-UBND ngày 10/3/2023 gồm 96 công trình, dự án với tổng diện tích 312,45 ha.

Đến ngày 31/12/2023, trong số này có 41 công trình, dự án đã thực hiện xong với diện tích 136,8 ha, đạt 43,8% diện tích kế hoạch; 32 công trình đang triển khai, chuyển tiếp sang năm 2024; 23 công trình không thực hiện, đề nghị hủy bỏ.

Diện tích đất trồng lúa đã chuyển mục đích sang đất phi nông nghiệp là 48,27 ha, bằng 61,2% chỉ tiêu được phân bổ (78,9 ha). Thu tiền sử dụng đất năm 2023 đạt 186,4 tỷ đồng, bằng 74,6% dự toán, giảm 21,3% so với năm 2022. Nguyên nhân chủ yếu do thị trường bất động sản trầm lắng, 5 dự án khu dân cư tại các xã Cẩm Vũ, Lương Điền, Cẩm Điền chưa tổ chức đấu giá được.

Năm 2024, huyện đăng ký 118 công trình, dự án với tổng diện tích khoảng 405 ha, trong đó có 86 công trình mới và 32 công trình chuyển tiếp. Riêng khu công nghiệp Cẩm Giàng II dọc Quốc lộ 5 cần khoảng 120 ha. Huyện phấn đấu tỷ lệ thực hiện kế hoạch sử dụng đất đạt từ 60 đến 70%.

Đồng chí Phó Chủ tịch UBND huyện yêu cầu các xã, thị trấn hoàn thành bàn giao mặt bằng trước ngày 30/6/2024.

Mọi chi tiết xin liên hệ: Phòng TN&MT huyện Cẩm Giàng, ĐT: 0220.3786.268
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
D31 = per("Đến ngày 31/12/2023", None, "2023-12-31")

FIGS = [
    fig("hoàn thành 41/96", "41", 41, "count", "công trình, dự án",
        "công trình, dự án sử dụng đất hoàn thành", Y23, total=96),
    fig("gồm 96 công trình", "96", 96, "count", "công trình, dự án",
        "công trình, dự án trong kế hoạch sử dụng đất", Y23, status="target"),
    fig("312,45 ha", "312,45", 312.45, "measure", "ha",
        "tổng diện tích kế hoạch sử dụng đất", Y23, status="target"),
    fig("có 41 công trình", "41", 41, "count", "công trình, dự án",
        "công trình, dự án đã thực hiện xong", D31, total=96),
    fig("136,8 ha", "136,8", 136.8, "measure", "ha",
        "diện tích công trình, dự án đã thực hiện xong", D31, percent=43.8),
    fig("; 32 công trình đang", "32", 32, "count", "công trình",
        "công trình đang triển khai, chuyển tiếp sang năm 2024", D31, total=96),
    fig("; 23 công trình", "23", 23, "count", "công trình",
        "công trình không thực hiện, đề nghị hủy bỏ", D31, total=96),
    fig("là 48,27 ha", "48,27", 48.27, "measure", "ha",
        "diện tích đất trồng lúa đã chuyển mục đích sang đất phi nông nghiệp", inh(Y23),
        percent=61.2, target=tgt(78.9, "ha")),
    fig("đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng",
        "thu tiền sử dụng đất", Y23, percent=74.6,
        change=chg("decrease", 21.3, "%", "năm 2022")),
    fig("trầm lắng, 5 dự án", "5", 5, "count", "dự án",
        "dự án khu dân cư chưa tổ chức đấu giá được", inh(Y23)),
    fig("đăng ký 118 công trình", "118", 118, "count", "công trình, dự án",
        "công trình, dự án đăng ký", Y24),
    fig("khoảng 405 ha", "405", 405, "measure", "ha",
        "tổng diện tích công trình, dự án đăng ký", Y24, approx="about"),
    fig("có 86 công trình", "86", 86, "count", "công trình",
        "công trình mới", Y24, total=118),
    fig("và 32 công trình", "32", 32, "count", "công trình",
        "công trình chuyển tiếp", Y24, total=118),
    fig("cần khoảng 120 ha", "120", 120, "measure", "ha",
        "diện tích khu công nghiệp Cẩm Giàng II", inh(Y24), approx="about"),
    fig("từ 60 đến 70%", "60", 60, "percent", "%",
        "tỷ lệ thực hiện kế hoạch sử dụng đất", inh(Y24), value_max=70, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Cẩm Giàng (Hải Dương): kết quả thực hiện kế hoạch sử dụng đất năm 2023, đăng ký năm 2024.",
    "Not figures: Quyết định số 612/QĐ-UBND ngày 10/3/2023, Cẩm Giàng II (a name), Quốc lộ 5, 'trước ngày 30/6/2024', phone 0220.3786.268.",
    "'41/96 công trình' is a part of the projects in the plan (no plan word after the slash): total 96. The plan's own contents (96 projects, 312,45 ha",
    "after 'kế hoạch … gồm') are status target. 'trong số này' sends 41/32/23 to total 96; '48,27 ha, bằng 61,2% chỉ tiêu … (78,9 ha)' gives percent and target.",
    "District portal: location Cẩm Giàng. 'đăng ký 118 công trình' is a fact about the registration (actual).",
]

if __name__ == "__main__":
    write("p634-2", TEXT, NOTES, FIGS, published="2024-01-12", location="Cẩm Giàng")

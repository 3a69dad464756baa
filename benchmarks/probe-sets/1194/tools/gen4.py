"""p1194-4: ministry site (Bộ NN&PTNT), national dried fruit exports 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chế biến - Thương mại nông sản

Xuất khẩu trái cây sấy năm 2023 ước đạt gần 480 triệu USD

Ngày đăng: 18/01/2024 | Lượt xem: 1.027

Theo Cục Chế biến và Phát triển thị trường nông sản, năm 2023 kim ngạch xuất khẩu trái cây sấy các loại của Việt Nam ước đạt 478 triệu USD, tăng 21,5% so với năm 2022, chiếm khoảng 8,5% tổng kim ngạch xuất khẩu rau quả.

Cả nước hiện có khoảng 2.700 cơ sở, doanh nghiệp chế biến trái cây sấy, trong đó hơn 120 doanh nghiệp quy mô công nghiệp sử dụng công nghệ sấy thăng hoa, sấy chân không, sấy lạnh. Tổng công suất các nhà máy đạt khoảng 350.000 tấn nguyên liệu/năm, song mới khai thác được 60-65% công suất.

Các địa phương có kim ngạch xuất khẩu trái cây sấy lớn nhất năm 2023 là Đồng Tháp, Tiền Giang, Long An và Bến Tre, lần lượt đạt 68 triệu USD, 54 triệu USD, 41 triệu USD và 37,5 triệu USD. Đồng Tháp tiếp tục đứng thứ nhất cả nước về số sản phẩm trái cây sấy đạt OCOP 4 sao (18 sản phẩm).

Kim ngạch xuất khẩu sang bốn thị trường chính là Trung Quốc, Hàn Quốc, Mỹ và Nhật Bản chiếm 72% tổng kim ngạch. Giá xuất khẩu bình quân xoài sấy dẻo đạt 5,2-6 USD/kg, mít sấy chân không khoảng 7 USD/kg, thanh long sấy thăng hoa cao nhất, trên 18 USD/kg.

Mục tiêu đến năm 2030, tỷ lệ rau quả được chế biến sâu đạt tối thiểu 30% và kim ngạch xuất khẩu sản phẩm sấy đạt 1 tỷ USD, theo Đề án phát triển ngành chế biến rau quả ban hành kèm Quyết định số 2127/QĐ-BNN-CBTTNS.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.38468161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "kim ngạch xuất khẩu trái cây sấy"

FIGS = [
    fig("gần 480 triệu USD", "480", 480000000, "money", "USD", approx="nearly", status="estimate",
        subject="xuất khẩu trái cây sấy", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ước đạt 478 triệu USD", "478", 478000000, "money", "USD", status="estimate", percent=8.5,
        change=chg("increase", 21.5, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu trái cây sấy các loại", period=Y23),
    fig("khoảng 2.700 cơ sở", "2.700", 2700, "count", "cơ sở, doanh nghiệp", approx="about",
        subject="cơ sở, doanh nghiệp chế biến trái cây sấy"),
    fig("hơn 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp", approx="over", total=2700,
        subject="doanh nghiệp quy mô công nghiệp sử dụng công nghệ sấy thăng hoa, sấy chân không, sấy lạnh"),
    fig("khoảng 350.000 tấn", "350.000", 350000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các nhà máy"),
    fig("60-65%", "60", 60, "percent", "%", value_max=65, subject="công suất được khai thác"),
    fig("đạt 68 triệu USD", "68", 68000000, "money", "USD", subject=LIST, period=Y23, location="Đồng Tháp"),
    fig("54 triệu USD", "54", 54000000, "money", "USD", subject=LIST, period=Y23, location="Tiền Giang"),
    fig("41 triệu USD", "41", 41000000, "money", "USD", subject=LIST, period=Y23, location="Long An"),
    fig("37,5 triệu USD", "37,5", 37500000, "money", "USD", subject=LIST, period=Y23, location="Bến Tre"),
    fig("đứng thứ nhất", "nhất", 1, "rank", "hạng",
        subject="số sản phẩm trái cây sấy đạt OCOP 4 sao", location="Đồng Tháp"),
    fig("OCOP 4 sao (18", "4", 4, "measure", "sao", optional=True, subject="hạng sao OCOP"),
    fig("(18 sản phẩm)", "18", 18, "count", "sản phẩm",
        subject="sản phẩm trái cây sấy đạt OCOP 4 sao", location="Đồng Tháp"),
    fig("bốn thị trường", "bốn", 4, "count", "thị trường", optional=True, subject="thị trường xuất khẩu chính"),
    fig("chiếm 72%", "72", 72, "percent", "%",
        subject="tỷ trọng kim ngạch xuất khẩu sang bốn thị trường chính", period=inh(Y23)),
    fig("5,2-6 USD/kg", "5,2", 5.2, "money", "USD/kg", value_max=6,
        subject="giá xuất khẩu bình quân xoài sấy dẻo", period=inh(Y23)),
    fig("khoảng 7 USD/kg", "7", 7, "money", "USD/kg", approx="about",
        subject="giá xuất khẩu bình quân mít sấy chân không", period=inh(Y23)),
    fig("trên 18 USD/kg", "18", 18, "money", "USD/kg", approx="over",
        subject="giá xuất khẩu bình quân thanh long sấy thăng hoa", period=inh(Y23)),
    fig("tối thiểu 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ rau quả được chế biến sâu", period=T30),
    fig("đạt 1 tỷ USD", "1", 1000000000, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu sản phẩm sấy", period=T30),
]

NOTES = [
    "revised after the first run: unit of '350.000 tấn nguyên liệu/năm' 'tấn nguyên liệu/năm' -> 'tấn/năm' (shortest unit).",
    "Ministry site (Bộ NN&PTNT): national dried fruit exports 2023. 'Ngày đăng: 18/01/2024 | Lượt xem: 1.027', footer address and phone.",
    "Distractors: Lượt xem 1.027, Quyết định số 2127/QĐ-BNN-CBTTNS, 'Số 2 Ngọc Hà', phone 024.38468161.",
    "Headline 'gần 480 triệu USD' is an estimate ('ước đạt') of year 2023. 'chiếm khoảng 8,5%' is the share of 478 triệu USD (attribute).",
    "Province list with 'lần lượt': every item is a figure, subject = list indicator, location = province. 'đứng thứ nhất' = rank 1.",
    "'bốn thị trường' names the group whose share is the figure (optional count); 'OCOP 4 sao' optional. Prices inherit 2023 (unscored).",
]

if __name__ == "__main__":
    write("p1194-4", TEXT, NOTES, FIGS, published="2024-01-18", location="Việt Nam")

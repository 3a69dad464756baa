"""p1213-4: ministry site (Bộ NN&PTNT), national plywood and veneer exports 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp
Ngày đăng: 15/01/2025 | Lượt xem: 1.032

Xuất khẩu gỗ dán năm 2024 phục hồi mạnh

Theo Cục Lâm nghiệp, năm 2024 kim ngạch xuất khẩu gỗ và sản phẩm gỗ của cả nước đạt 16,25 tỷ USD, tăng 20,1% so với năm 2023. Trong đó, gỗ dán đạt khoảng 1,02 tỷ USD, chiếm 6,3% tổng kim ngạch; ván bóc, ván lạng đạt 386 triệu USD.

Các thị trường nhập khẩu gỗ dán lớn nhất của Việt Nam lần lượt là Hoa Kỳ (412 triệu USD), Hàn Quốc (236 triệu USD) và Nhật Bản (148 triệu USD). Giá gỗ dán xuất khẩu bình quân đạt 368 USD/m3, giảm 4,5% so với năm trước do cạnh tranh từ các nước trong khu vực.

Cả nước hiện có khoảng 2.700 doanh nghiệp chế biến gỗ, trong đó gần 600 doanh nghiệp sản xuất gỗ dán, ván bóc, tập trung tại 12 tỉnh trung du miền núi phía Bắc và Bắc Trung Bộ. Diện tích rừng trồng sản xuất đạt 3,8 triệu ha, mỗi năm cung cấp trên 20 triệu m3 gỗ nguyên liệu; tỷ lệ gỗ rừng trồng có chứng chỉ quản lý rừng bền vững mới đạt 12%.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030 ban hành kèm Quyết định số 523/QĐ-TTg, đến năm 2030 kim ngạch xuất khẩu gỗ và lâm sản đạt 25 tỷ USD. Bộ dự kiến năm 2025 xuất khẩu gỗ dán đạt 1,15 tỷ USD, tăng khoảng 13% so với năm 2024.

Cơ quan chủ quản: Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "kim ngạch xuất khẩu gỗ dán sang"

FIGS = [
    fig("đạt 16,25 tỷ USD", "16,25", 16.25e9, "money", "USD", change=chg("increase", 20.1, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu gỗ và sản phẩm gỗ", period=Y24),
    fig("khoảng 1,02 tỷ USD", "1,02", 1.02e9, "money", "USD", approx="about", total=16.25e9, percent=6.3,
        subject="kim ngạch xuất khẩu gỗ dán", period=inh(Y24)),
    fig("đạt 386 triệu USD", "386", 386e6, "money", "USD", total=16.25e9,
        subject="kim ngạch xuất khẩu ván bóc, ván lạng", period=inh(Y24)),
    fig("Hoa Kỳ (412 triệu USD)", "412", 412e6, "money", "USD", subject=f"{SUBJ} Hoa Kỳ", period=inh(Y24)),
    fig("Hàn Quốc (236 triệu USD)", "236", 236e6, "money", "USD", subject=f"{SUBJ} Hàn Quốc", period=inh(Y24)),
    fig("Nhật Bản (148 triệu USD)", "148", 148e6, "money", "USD", subject=f"{SUBJ} Nhật Bản", period=inh(Y24)),
    fig("đạt 368 USD/m3", "368", 368, "money", "USD/m3", change=chg("decrease", 4.5, "%", "năm trước"),
        subject="giá gỗ dán xuất khẩu bình quân", period=inh(Y24)),
    fig("khoảng 2.700 doanh nghiệp", "2.700", 2700, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp chế biến gỗ"),
    fig("gần 600 doanh nghiệp", "600", 600, "count", "doanh nghiệp", approx="nearly", total=2700,
        subject="doanh nghiệp sản xuất gỗ dán, ván bóc"),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh",
        subject="tỉnh trung du miền núi phía Bắc và Bắc Trung Bộ tập trung doanh nghiệp gỗ dán, ván bóc"),
    fig("đạt 3,8 triệu ha", "3,8", 3.8e6, "measure", "ha", subject="diện tích rừng trồng sản xuất"),
    fig("trên 20 triệu m3", "20", 20e6, "measure", "m3", approx="over",
        subject="gỗ nguyên liệu rừng trồng cung cấp mỗi năm"),
    fig("mới đạt 12%", "12", 12, "percent", "%",
        subject="tỷ lệ gỗ rừng trồng có chứng chỉ quản lý rừng bền vững"),
    fig("đạt 25 tỷ USD", "25", 25e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu gỗ và lâm sản", period=per("đến năm 2030", None, "2030-12-31")),
    fig("đạt 1,15 tỷ USD", "1,15", 1.15e9, "money", "USD", status="forecast",
        change=chg("increase", 13, "%", "năm 2024", approx="about"),
        subject="kim ngạch xuất khẩu gỗ dán", period=per("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, 'Ngày đăng: 15/01/2025 | Lượt xem: 1.032' (published); national: location Việt Nam.",
    "Parts after 'Trong đó' take the whole 16,25 tỷ USD; the 6,3% share is the percent of 1,02 tỷ USD.",
    "Trade partners in a 'lần lượt' list are not places: location Việt Nam, partner in the subject (like h26).",
    "'12 tỉnh' is a count of provinces (Việt Nam). 'đến năm 2030 ... đạt' is a target; 'Bộ dự kiến năm 2025' a forecast.",
    "Distractors: 'giai đoạn 2021-2030', 'Quyết định số 523/QĐ-TTg', 'Số 2 Ngọc Hà', phone, counter.",
]

if __name__ == "__main__":
    write("p1213-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Việt Nam")

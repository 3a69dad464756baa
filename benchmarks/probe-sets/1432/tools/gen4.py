"""p1432-4: ministry site (Bộ NN&PTNT, Cục Trồng trọt): national stevia area, exports, targets to 2030."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Cỏ ngọt: cây trồng tiềm năng cho vùng trung du, miền núi

20/03/2024 | 14:10 | Cục Trồng trọt

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 2.300 ha cỏ ngọt, tăng gần 15% so với năm 2022, phân bố tại 14 tỉnh, thành phố. Sản lượng lá khô ước đạt 7.600 tấn. Các địa phương có diện tích lớn lần lượt là Lâm Đồng (520 ha), Cao Bằng (395 ha), Nghệ An (310 ha) và Hưng Yên (219 ha).

Năng suất lá khô bình quân cả nước đạt 3-3,5 tấn/ha/năm, riêng vùng trồng giống STV-09 đạt tới 4,2 tấn/ha/năm. Với giá bán 30.000-38.000 đồng/kg, mỗi héc-ta cỏ ngọt cho lợi nhuận gấp 2,5 lần trồng ngô.

Về thị trường, năm 2023 Việt Nam xuất khẩu khoảng 4.100 tấn lá cỏ ngọt khô và chiết xuất steviosid, kim ngạch đạt 21,5 triệu USD, tăng 8,6% so với năm trước. Trung Quốc là thị trường lớn nhất, chiếm 62% kim ngạch; tiếp đến là Nhật Bản 3,4 triệu USD và Hàn Quốc 1,9 triệu USD.

Cục Trồng trọt đặt mục tiêu đến năm 2030 diện tích cỏ ngọt cả nước đạt 5.000 ha, sản lượng lá khô khoảng 18.000 tấn, trong đó 50% được chế biến sâu trước khi xuất khẩu. Năm 2024, dự kiến diện tích tăng thêm 300-400 ha.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")


def prov(name, n):
    return fig(f"{name} ({n} ha)", n, float(n), "measure", "ha", subject="diện tích cỏ ngọt",
               period=inh(Y23), location=name)


FIGS = [
    fig("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", approx="about",
        change=chg("increase", 15, "%", "năm 2022", approx="nearly"),
        subject="diện tích cỏ ngọt cả nước", period=Y23),
    fig("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có cỏ ngọt", period=Y23),
    fig("ước đạt 7.600 tấn", "7.600", 7600, "measure", "tấn", status="estimate",
        subject="sản lượng lá khô", period=inh(Y23)),
    prov("Lâm Đồng", "520"), prov("Cao Bằng", "395"), prov("Nghệ An", "310"), prov("Hưng Yên", "219"),
    fig("đạt 3-3,5", "3", 3, "measure", "tấn/ha/năm", value_max=3.5,
        subject="năng suất lá khô bình quân cả nước"),
    fig("tới 4,2 tấn", "4,2", 4.2, "measure", "tấn/ha/năm",
        subject="năng suất vùng trồng giống STV-09"),
    fig("bán 30.000-38.000", "30.000", 30000, "money", "đồng/kg", value_max=38000,
        subject="giá bán"),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
        subject="lợi nhuận mỗi héc-ta cỏ ngọt so với trồng ngô"),
    fig("khoảng 4.100 tấn", "4.100", 4100, "measure", "tấn", approx="about",
        subject="lá cỏ ngọt khô và chiết xuất steviosid xuất khẩu", period=Y23),
    fig("đạt 21,5 triệu", "21,5", 21.5e6, "money", "USD",
        change=chg("increase", 8.6, "%", "năm trước"), subject="kim ngạch xuất khẩu", period=Y23),
    fig("chiếm 62%", "62", 62, "percent", "%",
        subject="thị trường Trung Quốc trong kim ngạch", period=inh(Y23)),
    fig("Nhật Bản 3,4 triệu", "3,4", 3.4e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Nhật Bản", period=inh(Y23)),
    fig("Hàn Quốc 1,9 triệu", "1,9", 1.9e6, "money", "USD",
        subject="kim ngạch xuất khẩu sang Hàn Quốc", period=inh(Y23)),
    fig("đạt 5.000 ha", "5.000", 5000, "measure", "ha", status="target",
        subject="diện tích cỏ ngọt cả nước", period=T30),
    fig("khoảng 18.000 tấn", "18.000", 18000, "measure", "tấn", approx="about", status="target",
        subject="sản lượng lá khô", period=T30),
    fig("trong đó 50%", "50", 50, "percent", "%", status="target",
        subject="sản lượng được chế biến sâu trước khi xuất khẩu", period=T30),
    fig("thêm 300-400 ha", "300", 300, "measure", "ha", value_max=400, status="forecast",
        subject="diện tích tăng thêm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/03/2024 | 14:10 | Cục Trồng trọt', footer with address and phone.",
    "Distractors: 14:10, giống 'STV-09' (a variety name), 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "National figures → Việt Nam; the provinces of 'lần lượt là Lâm Đồng (520 ha), ...' are the items' locations (subject = the list's",
    "indicator). Trade partners (Trung Quốc, Nhật Bản, Hàn Quốc) stay in the subject; location Việt Nam.",
    "'tăng gần 15%' → change approx nearly. 'gấp 2,5 lần trồng ngô' stands alone as the claim (no base amount) → multiple.",
    "'Trung Quốc ... chiếm 62% kim ngạch' has no amount of its own → percent figure. 'trong đó 50%' after a target → percent target.",
    "Year-less present-tense yields and prices: no period. 'Năm 2024, dự kiến ... tăng thêm 300-400 ha' → forecast range.",
]

if __name__ == "__main__":
    write("p1432-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")

"""p1247-4: ministry site (Bộ NN&PTNT, Cục Thủy sản): national bivalve seed 2023, province list, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Giống nhuyễn thể trong nước mới đáp ứng khoảng 70% nhu cầu

22/03/2024 | 14:15 | Cục Thủy sản

Theo Cục Thủy sản, năm 2023 cả nước có 2.340 cơ sở sản xuất, ương dưỡng giống nhuyễn thể, sản xuất khoảng 72 tỷ con giống các loại, tăng 9% so với năm 2022. Riêng giống ngao đạt 58 tỷ con, chiếm 80,6% tổng số; giống hàu khoảng 9,5 tỷ con; còn lại là giống sò huyết, tu hài, điệp và ốc hương.

Năm 2023, các địa phương sản xuất giống ngao lớn nhất là Nam Định (21 tỷ con), Thái Bình (14 tỷ con), Bến Tre (8,5 tỷ con) và Thanh Hóa (4,2 tỷ con). Giống hàu tập trung ở Quảng Ninh với gần 3 tỷ con.

Tuy nhiên, chất lượng giống chưa đồng đều; tỷ lệ sống của ngao giống sau khi thả nuôi chỉ đạt 30-40%, thấp hơn nhiều so với mức 60% của giống đạt chuẩn. Năm 2023, các cơ sở vẫn phải nhập khoảng 1.500 tấn ngao giống cấp 2 từ Trung Quốc.

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg), mục tiêu đến năm 2030 sản lượng nhuyễn thể nuôi đạt 1,2 triệu tấn, trong đó 100% giống nhuyễn thể chủ lực được sản xuất trong nước. Năm 2024, Cục dự kiến hỗ trợ các địa phương xây dựng 15 cơ sở sản xuất giống đạt chuẩn, nâng tỷ lệ giống được kiểm dịch lên trên 50%.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3846.8161
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")


def prov(anchor, number, value, name):
    return fig(anchor, number, value, "count", "con", subject="giống ngao sản xuất", period=Y23b, location=name)


FIGS = [
    fig("khoảng 70% nhu cầu", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ nhu cầu giống nhuyễn thể được giống trong nước đáp ứng"),
    fig("có 2.340 cơ sở", "2.340", 2340, "count", "cơ sở",
        subject="cơ sở sản xuất, ương dưỡng giống nhuyễn thể", period=Y23),
    fig("khoảng 72 tỷ", "72", 72e9, "count", "con giống", approx="about",
        change=chg("increase", 9, "%", "năm 2022"), subject="con giống các loại sản xuất", period=Y23),
    fig("đạt 58 tỷ", "58", 58e9, "count", "con", percent=80.6, subject="giống ngao", period=inh(Y23)),
    fig("khoảng 9,5 tỷ", "9,5", 9.5e9, "count", "con", approx="about", subject="giống hàu", period=inh(Y23)),
    prov("Nam Định (21 tỷ", "21", 21e9, "Nam Định"),
    prov("Thái Bình (14 tỷ", "14", 14e9, "Thái Bình"),
    prov("Bến Tre (8,5 tỷ", "8,5", 8.5e9, "Bến Tre"),
    prov("Thanh Hóa (4,2 tỷ", "4,2", 4.2e9, "Thanh Hóa"),
    fig("gần 3 tỷ", "3", 3e9, "count", "con", approx="nearly", subject="giống hàu",
        period=inh(Y23b), location="Quảng Ninh"),
    fig("đạt 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="tỷ lệ sống của ngao giống sau khi thả nuôi"),
    fig("mức 60%", "60", 60, "percent", "%", subject="tỷ lệ sống của giống đạt chuẩn"),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn", approx="about",
        subject="ngao giống cấp 2 nhập từ Trung Quốc", period=Y23b),
    fig("đạt 1,2 triệu", "1,2", 1.2e6, "measure", "tấn", status="target",
        subject="sản lượng nhuyễn thể nuôi", period=T30),
    fig("trong đó 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ giống nhuyễn thể chủ lực được sản xuất trong nước", period=T30),
    fig("xây dựng 15 cơ sở", "15", 15, "count", "cơ sở", status="forecast",
        subject="cơ sở sản xuất giống đạt chuẩn", period=Y24),
    fig("trên 50%", "50", 50, "percent", "%", approx="over", status="forecast",
        subject="tỷ lệ giống được kiểm dịch", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/03/2024 | 14:15 | Cục Thủy sản' (published), copyright and address footer.",
    "Distractors: 14:15, 'Chiến lược … đến năm 2030, tầm nhìn đến năm 2045', 'Quyết định số 339/QĐ-TTg', 'ngao giống cấp 2',",
    "'Số 2 Ngọc Hà', phone 024.3846.8161. Location Việt Nam (national) except the province list and Quảng Ninh.",
    "Headline 'khoảng 70% nhu cầu' is a percent figure (no period in the headline).",
    "'Riêng giống ngao đạt 58 tỷ con, chiếm 80,6% tổng số' → percent 80,6; 'Riêng' is no part cue and 'chiếm …% tổng số' names no",
    "number, so no total (nor for 'giống hàu khoảng 9,5 tỷ con'). Period 'năm 2023' of the previous sentence is inherited.",
    "Province list with a shared indicator: subject 'giống ngao sản xuất', place → location, period 'Năm 2023' (same sentence).",
    "'thấp hơn nhiều so với mức 60%': 60% is the comparison level, not a change amount ('nhiều' gives none); it is a figure of its own.",
    "Trung Quốc is a trade partner (location stays Việt Nam). 'mục tiêu đến năm 2030' governs both clauses; 'trong đó 100% …' is a percent",
    "figure (target). 'Năm 2024, Cục dự kiến …' → forecast for both clauses; 'lên trên 50%' → over.",
]

if __name__ == "__main__":
    write("p1247-4", TEXT, NOTES, FIGS, published="2024-03-22", location="Việt Nam")

"""p1549-4: ministry site (Bộ Công Thương): national toothbrush exports 2024, toothpaste imports, 2025 forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu bàn chải đánh răng năm 2024 đạt mức cao nhất từ trước đến nay

10/01/2025 | 14:15 | Cục Xuất nhập khẩu

Theo số liệu thống kê sơ bộ, năm 2024 kim ngạch xuất khẩu bàn chải đánh răng và bàn chải vệ sinh cá nhân của Việt Nam ước đạt 412,6 triệu USD, tăng 9,7% so với năm 2023. Riêng tháng 12/2024, kim ngạch đạt 37,9 triệu USD, giảm 2,1% so với tháng trước.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 158,3 triệu USD, chiếm 38,4% tổng kim ngạch; tiếp đến là Nhật Bản 61,2 triệu USD và Hàn Quốc 40,5 triệu USD. Xuất khẩu sang EU tăng mạnh nhất, gấp 1,6 lần năm trước.

Cả nước hiện có khoảng 30 doanh nghiệp sản xuất bàn chải đánh răng quy mô công nghiệp, tập trung tại Bình Dương, Hưng Yên và Đồng Nai, với kim ngạch năm 2024 lần lượt đạt 131 triệu USD, 102 triệu USD và 98,7 triệu USD. Ba địa phương này chiếm trên 80% kim ngạch cả nước.

Về nhập khẩu, năm 2024 Việt Nam nhập khẩu kem đánh răng và sản phẩm vệ sinh răng miệng trị giá khoảng 126 triệu USD, giảm 3,5%, chủ yếu từ Thái Lan, Trung Quốc và Ấn Độ. Sản xuất kem đánh răng trong nước đáp ứng khoảng 75% nhu cầu.

Bộ Công Thương dự báo năm 2025 kim ngạch xuất khẩu bàn chải đánh răng có thể đạt 450 triệu USD. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa nguyên liệu lông chải và cán nhựa đạt ít nhất 60%, từ mức dưới 35% hiện nay.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2108
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M12 = per("tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu bàn chải đánh răng"

FIGS = [
    fig("ước đạt 412,6 triệu", "412,6", 412.6e6, "money", "USD", status="estimate",
        change=chg("increase", 9.7, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu bàn chải đánh răng và bàn chải vệ sinh cá nhân", period=Y24),
    fig("đạt 37,9 triệu", "37,9", 37.9e6, "money", "USD", change=chg("decrease", 2.1, "%", "tháng trước"),
        subject=EXP, period=M12),
    fig("với 158,3 triệu", "158,3", 158.3e6, "money", "USD", percent=38.4,
        subject=EXP + " sang Hoa Kỳ", period=inh(Y24)),
    fig("Nhật Bản 61,2 triệu", "61,2", 61.2e6, "money", "USD", subject=EXP + " sang Nhật Bản", period=inh(Y24)),
    fig("Hàn Quốc 40,5 triệu", "40,5", 40.5e6, "money", "USD", subject=EXP + " sang Hàn Quốc", period=inh(Y24)),
    fig("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", subject="xuất khẩu sang EU", period=inh(Y24)),
    fig("khoảng 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bàn chải đánh răng quy mô công nghiệp"),
    fig("đạt 131 triệu", "131", 131e6, "money", "USD", subject=EXP, period=Y24, location="Bình Dương"),
    fig("102 triệu USD", "102", 102e6, "money", "USD", subject=EXP, period=Y24, location="Hưng Yên"),
    fig("và 98,7 triệu", "98,7", 98.7e6, "money", "USD", subject=EXP, period=Y24, location="Đồng Nai"),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", subject="địa phương tập trung doanh nghiệp", optional=True),
    fig("trên 80%", "80", 80, "percent", "%", approx="over",
        subject="tỷ trọng của ba địa phương trong kim ngạch cả nước"),
    fig("khoảng 126 triệu", "126", 126e6, "money", "USD", approx="about", change=chg("decrease", 3.5, "%"),
        subject="nhập khẩu kem đánh răng và sản phẩm vệ sinh răng miệng", period=Y24),
    fig("khoảng 75%", "75", 75, "percent", "%", approx="about",
        subject="nhu cầu kem đánh răng được sản xuất trong nước đáp ứng"),
    fig("đạt 450 triệu", "450", 450e6, "money", "USD", status="forecast", subject=EXP, period=Y25),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu lông chải và cán nhựa", period=T30),
    fig("dưới 35%", "35", 35, "percent", "%", approx="under",
        subject="tỷ lệ nội địa hóa nguyên liệu lông chải và cán nhựa"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '10/01/2025 | 14:15 | Cục Xuất nhập khẩu', address and phone footer.",
    "Distractors: 14:15, '54 Hai Bà Trưng', phone 024.2220.2108; 'tháng 12/2024', 'năm trước', 'tháng trước' only locate figures.",
    "National figures: location Việt Nam. Trade partners (Hoa Kỳ, Nhật Bản, Hàn Quốc, EU) go into the subject, never location.",
    "'chiếm 38,4% tổng kim ngạch' → percent attribute of 158,3 triệu USD. The market list stands in a sentence without a period: year 2024 inherited.",
    "'gấp 1,6 lần năm trước' standing alone as the claim → multiple 1,6 lần (no change object).",
    "'lần lượt đạt 131 ..., 102 ... và 98,7 triệu USD' maps to Bình Dương, Hưng Yên, Đồng Nai in order: each is its location.",
    "'Ba địa phương này' repeats the three provinces just named: optional. 'trên 80%' → national share, location Việt Nam.",
    "'giảm 3,5%' without baseline → change of 126 triệu USD. 'dự báo ... có thể đạt' → forecast. 'Mục tiêu đến năm 2030' → target;",
    "'từ mức dưới 35% hiện nay' is the present level: actual, approx under, no period (borderline: it stands in the target sentence).",
    "revised after the first run: 'Riêng tháng 12/2024, kim ngạch đạt 37,9 triệu USD' subject 'kim ngạch xuất khẩu' → the file's resolved",
    "indicator 'kim ngạch xuất khẩu bàn chải đánh răng' (EXP), as for every other elliptical 'kim ngạch' in this article.",
]

if __name__ == "__main__":
    write("p1549-4", TEXT, NOTES, FIGS, published="2025-01-10", location="Việt Nam")

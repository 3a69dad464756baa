"""p1251-4: ministry site (Bộ NN&PTNT, Cục Kiểm lâm): national wild and migratory bird protection, AWC list by province."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Tăng cường bảo vệ chim di cư, chim hoang dã

05/03/2024 | 09:20 | Cục Kiểm lâm

Việt Nam nằm trên hai đường bay di cư của chim là Đông Á - Úc Châu và Trung Á. Cả nước đã ghi nhận khoảng 900 loài chim, trong đó có hơn 200 loài chim di cư; có 63 vùng chim quan trọng và 9 khu Ramsar với tổng diện tích trên 120.000 ha.

Thực hiện Chỉ thị số 29/CT-TTg của Thủ tướng Chính phủ, năm 2023 lực lượng kiểm lâm cả nước phát hiện, xử lý 1.245 vụ vi phạm về động vật hoang dã, giảm 8,6% so với năm 2022; trong đó 318 vụ liên quan đến chim, chiếm 25,5%. Các cơ quan chức năng đã thả về tự nhiên hơn 17 nghìn cá thể chim, tháo dỡ gần 3.600 bộ lưới, bẫy.

Kết quả điều tra chim nước châu Á tháng 1/2024 cho thấy Đồng Tháp, Cà Mau và Nam Định dẫn đầu cả nước về số cá thể chim nước, lần lượt là 48.200, 35.600 và 29.400 cá thể.

Theo Nghị định số 35/2019/NĐ-CP, cá nhân săn, bắt chim hoang dã trái phép có thể bị phạt tiền tối đa 500 triệu đồng. Đến năm 2030, Bộ phấn đấu nâng số khu Ramsar lên 15 khu; dự kiến trong năm 2024 trình công nhận thêm 2 khu.

Tin cùng chuyên mục:
- Ngày Đa dạng sinh học 22/5: hành động vì thiên nhiên
- Hướng dẫn mùa chim di cư 2023 - 2024

CỤC KIỂM LÂM - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M1 = per("tháng 1/2024", "2024-01-01", "2024-01-31")
T30 = per("Đến năm 2030", None, "2030-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hai đường bay", "hai", 2, "count", "đường bay", subject="đường bay di cư của chim Việt Nam nằm trên"),
    fig("khoảng 900 loài", "900", 900, "count", "loài", approx="about", subject="loài chim cả nước đã ghi nhận"),
    fig("hơn 200 loài", "200", 200, "count", "loài", approx="over", total=900, subject="loài chim di cư"),
    fig("có 63 vùng", "63", 63, "count", "vùng chim quan trọng", subject="vùng chim quan trọng"),
    fig("và 9 khu", "9", 9, "count", "khu Ramsar", subject="khu Ramsar"),
    fig("trên 120.000 ha", "120.000", 120000, "measure", "ha", approx="over",
        subject="tổng diện tích khu Ramsar"),
    fig("xử lý 1.245 vụ", "1.245", 1245, "count", "vụ", change=chg("decrease", 8.6, "%", "năm 2022"),
        subject="vụ vi phạm về động vật hoang dã", period=Y23),
    fig("318 vụ", "318", 318, "count", "vụ", total=1245, percent=25.5,
        subject="vụ vi phạm liên quan đến chim", period=Y23),
    fig("hơn 17 nghìn", "17", 17e3, "count", "cá thể", approx="over",
        subject="cá thể chim thả về tự nhiên", period=inh(Y23)),
    fig("gần 3.600 bộ", "3.600", 3600, "count", "bộ lưới, bẫy", approx="nearly",
        subject="lưới, bẫy tháo dỡ", period=inh(Y23)),
    fig("là 48.200", "48.200", 48200, "count", "cá thể", subject="số cá thể chim nước", period=M1,
        location="Đồng Tháp"),
    fig("48.200, 35.600", "35.600", 35600, "count", "cá thể", subject="số cá thể chim nước", period=M1,
        location="Cà Mau"),
    fig("và 29.400", "29.400", 29400, "count", "cá thể", subject="số cá thể chim nước", period=M1,
        location="Nam Định"),
    fig("tối đa 500 triệu", "500", 500e6, "money", "đồng", approx="at_most",
        subject="tiền phạt cá nhân săn, bắt chim hoang dã trái phép"),
    fig("lên 15 khu", "15", 15, "count", "khu", status="target", subject="số khu Ramsar", period=T30),
    fig("thêm 2 khu", "2", 2, "count", "khu", status="forecast",
        subject="khu Ramsar trình công nhận thêm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Kiểm lâm): breadcrumb, '05/03/2024 | 09:20 | Cục Kiểm lâm', related links, address footer.",
    "Distractors: 09:20, Chỉ thị số 29/CT-TTg, Nghị định số 35/2019/NĐ-CP, '22/5' and 'mùa chim di cư 2023 - 2024' in links, 'Số 2 Ngọc Hà'.",
    "National figures: location Việt Nam. The 'lần lượt là' list: each item located in its province, subject = the list's indicator.",
    "'trong đó 318 vụ ..., chiếm 25,5%' → total 1.245, percent 25,5. '17 nghìn' and '3.600' inherit 'năm 2023' from the previous sentence.",
    "'phạt tiền tối đa 500 triệu đồng' → at_most, a standing rule (no period). 'Đến năm 2030 ... phấn đấu' → target; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1251-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")

"""p1294-6: ministry site (Cục Du lịch Quốc gia Việt Nam, Bộ VHTTDL): national flower-season tourism."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ > Tin tức > Tin du lịch

Du lịch mùa hoa: sản phẩm hút khách của nhiều địa phương

15/10/2024 | 14:05 | Phòng Thị trường du lịch

Theo thống kê sơ bộ của Cục Du lịch Quốc gia Việt Nam, cả nước hiện có khoảng 230 điểm du lịch gắn với hoa, gồm 160 cánh đồng hoa và 70 vườn hoa, tăng gần 40 điểm so với năm 2022. Các điểm tập trung ở vùng trung du, miền núi phía Bắc (chiếm khoảng 45%) và Tây Nguyên (chiếm khoảng 30%).

Năm 2023, các điểm du lịch mùa hoa đón khoảng 9,5 triệu lượt khách, chiếm 8,2% tổng lượt khách nội địa. Dẫn đầu là Lâm Đồng với 2,4 triệu lượt, tiếp đến là Sơn La 1,6 triệu lượt, Hà Giang 0,9 triệu lượt và Hà Nội 0,7 triệu lượt.

9 tháng năm 2024, lượng khách đến các điểm du lịch mùa hoa ước đạt 8,1 triệu lượt, tăng 11,3% so với cùng kỳ. Giá vé tại phần lớn các điểm từ 20.000 đến 100.000 đồng/lượt; một số khu có dịch vụ trọn gói giá 250.000-400.000 đồng/khách.

Khảo sát 1.200 du khách do Cục thực hiện cho thấy 68% người được hỏi chọn chụp ảnh là mục đích chính, 21% quan tâm đến trải nghiệm trồng, chăm sóc hoa; chi tiêu bình quân của khách tại điểm hoa khoảng 350.000 đồng/người/lượt.

Chiến lược phát triển du lịch Việt Nam đến năm 2030 (Quyết định số 147/QĐ-TTg) xác định du lịch nông nghiệp, nông thôn là một trong những dòng sản phẩm ưu tiên. Cục đặt mục tiêu đến năm 2025 có ít nhất 50 điểm du lịch mùa hoa đạt tiêu chuẩn phục vụ khách.

CỤC DU LỊCH QUỐC GIA VIỆT NAM
Địa chỉ: 80 Quán Sứ, Hoàn Kiếm, Hà Nội
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
LIST = "lượt khách các điểm du lịch mùa hoa"

FIGS = [
    fig("khoảng 230 điểm", "230", 230, "count", "điểm", approx="about",
        change=chg("increase", 40, "điểm", "năm 2022", approx="nearly"),
        subject="điểm du lịch gắn với hoa"),
    fig("gồm 160 cánh đồng", "160", 160, "count", "cánh đồng hoa", total=230, subject="cánh đồng hoa"),
    fig("và 70 vườn", "70", 70, "count", "vườn hoa", total=230, subject="vườn hoa"),
    fig("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="điểm du lịch gắn với hoa ở vùng trung du, miền núi phía Bắc"),
    fig("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="điểm du lịch gắn với hoa ở Tây Nguyên"),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "count", "lượt khách", approx="about", percent=8.2, period=Y23,
        subject=LIST),
    fig("với 2,4 triệu", "2,4", 2.4e6, "count", "lượt", subject=LIST, period=inh(Y23), location="Lâm Đồng"),
    fig("Sơn La 1,6 triệu", "1,6", 1.6e6, "count", "lượt", subject=LIST, period=inh(Y23), location="Sơn La"),
    fig("Hà Giang 0,9 triệu", "0,9", 0.9e6, "count", "lượt", subject=LIST, period=inh(Y23), location="Hà Giang"),
    fig("Hà Nội 0,7 triệu", "0,7", 0.7e6, "count", "lượt", subject=LIST, period=inh(Y23), location="Hà Nội"),
    fig("ước đạt 8,1 triệu", "8,1", 8.1e6, "count", "lượt", status="estimate", period=NINE,
        change=chg("increase", 11.3, "%", "cùng kỳ"), subject="lượng khách đến các điểm du lịch mùa hoa"),
    fig("từ 20.000 đến 100.000", "20.000", 20000, "money", "đồng/lượt", value_max=100000,
        subject="giá vé tại phần lớn các điểm"),
    fig("giá 250.000-400.000", "250.000", 250000, "money", "đồng/khách", value_max=400000,
        subject="giá dịch vụ trọn gói"),
    fig("Khảo sát 1.200", "1.200", 1200, "count", "du khách", subject="du khách được khảo sát"),
    fig("68% người", "68", 68, "percent", "%", subject="người được hỏi chọn chụp ảnh là mục đích chính"),
    fig("21% quan tâm", "21", 21, "percent", "%", subject="người được hỏi quan tâm đến trải nghiệm trồng, chăm sóc hoa"),
    fig("khoảng 350.000", "350.000", 350000, "money", "đồng/người/lượt", approx="about",
        subject="chi tiêu bình quân của khách tại điểm hoa"),
    fig("ít nhất 50 điểm", "50", 50, "count", "điểm", approx="at_least", status="target", period=T25,
        subject="điểm du lịch mùa hoa đạt tiêu chuẩn phục vụ khách"),
]

NOTES = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam, Bộ VHTTDL): breadcrumb, '15/10/2024 | 14:05 | Phòng Thị trường du lịch', address footer.",
    "Distractors: 14:05, 'năm 2022' (baseline), 'đến năm 2030' inside a strategy name, 'Quyết định số 147/QĐ-TTg',",
    "'một trong những' (not a count), '80 Quán Sứ'.",
    "Location Việt Nam (national); list items 'Lâm Đồng với 2,4 triệu lượt, tiếp đến là Sơn La 1,6 triệu lượt, ...' take their province",
    "as location and the list's indicator as subject; period 'Năm 2023' from the previous sentence (inherited).",
    "'khoảng 230 điểm ..., gồm 160 ... và 70 ...' → totals 230; 'tăng gần 40 điểm so với năm 2022' → change of 230 (approx nearly).",
    "Region shares '(chiếm khoảng 45%)', '(chiếm khoảng 30%)' are percent figures; regions are not provinces → location stays Việt Nam.",
    "'chiếm 8,2% tổng lượt khách nội địa' → percent of 9,5 triệu. Survey: 1.200 respondents (count), 68% and 21% are percent figures.",
    "'Cục đặt mục tiêu đến năm 2025 có ít nhất 50 điểm' → target, at_least, period null..2025-12-31.",
]

if __name__ == "__main__":
    write("p1294-6", TEXT, NOTES, FIGS, published="2024-10-15", location="Việt Nam")

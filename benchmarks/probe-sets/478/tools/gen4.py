import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Bộ Tài chính > Tin tức > Tin Tài chính
Nợ công năm 2023 ở mức khoảng 37% GDP, trong giới hạn Quốc hội cho phép
Ngày đăng: 05/06/2024 | Lượt xem: 2.964

(MOF) - Theo Bản tin nợ công số 18 do Cục Quản lý nợ và Kinh tế đối ngoại phát hành, tính đến ngày 31/12/2023, nợ công ở mức khoảng 37% GDP, nợ Chính phủ khoảng 34% GDP, nợ nước ngoài của quốc gia khoảng 37,2% GDP. Nghĩa vụ trả nợ trực tiếp của Chính phủ so với tổng thu ngân sách nhà nước năm 2023 ở mức 18,6%.

Theo Nghị quyết số 23/2021/QH15, trần nợ công giai đoạn 2021-2025 là 60% GDP, ngưỡng cảnh báo là 55% GDP.

Năm 2023, bội chi ngân sách nhà nước ước khoảng 4,4% GDP. Tổng mức vay của ngân sách nhà nước năm 2023 là 555.390 tỷ đồng, trong đó vay để bù đắp bội chi 399.400 tỷ đồng, vay để trả nợ gốc 155.990 tỷ đồng.

Dư nợ của chính quyền địa phương đến cuối năm 2023 là 69.870 tỷ đồng, chiếm 1,7% GDP, giảm 4,2% so với cuối năm 2022. Các địa phương có dư nợ lớn nhất lần lượt là TP Hồ Chí Minh (15.230 tỷ đồng), Hà Nội (12.465 tỷ đồng), Đà Nẵng (3.128 tỷ đồng) và Bình Dương (2.874 tỷ đồng). Năm 2023, có 41/63 địa phương phát sinh vay lại vốn vay nước ngoài của Chính phủ với tổng số 8.643 tỷ đồng.

Năm 2024, nợ công dự kiến khoảng 37-38% GDP, bội chi ngân sách nhà nước dự kiến 3,6% GDP.

Cổng Thông tin điện tử Bộ Tài chính
Địa chỉ: Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. ĐT: 024.2220.2828"""

AS = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
P2125 = per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    fig("khoảng 37% GDP, trong", "37", 37, "percent", "%", "nợ công so với GDP", per("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    fig("nợ công ở mức khoảng 37%", "37", 37, "percent", "%", "nợ công so với GDP", AS, approx="about"),
    fig("khoảng 34% GDP", "34", 34, "percent", "%", "nợ Chính phủ so với GDP", AS, approx="about"),
    fig("khoảng 37,2% GDP", "37,2", 37.2, "percent", "%", "nợ nước ngoài của quốc gia so với GDP", AS, approx="about"),
    fig("ở mức 18,6%", "18,6", 18.6, "percent", "%", "nghĩa vụ trả nợ trực tiếp của Chính phủ so với tổng thu ngân sách nhà nước",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("là 60% GDP", "60", 60, "percent", "%", "trần nợ công", P2125, status="target"),
    fig("là 55% GDP", "55", 55, "percent", "%", "ngưỡng cảnh báo nợ công", P2125, status="target"),
    fig("ước khoảng 4,4% GDP", "4,4", 4.4, "percent", "%", "bội chi ngân sách nhà nước so với GDP", Y23, approx="about", status="estimate"),
    fig("là 555.390 tỷ đồng", "555.390", 555390e9, "money", "đồng", "tổng mức vay của ngân sách nhà nước", Y23b),
    fig("bội chi 399.400 tỷ đồng", "399.400", 399400e9, "money", "đồng", "vay để bù đắp bội chi", Y23b, total=555390e9),
    fig("nợ gốc 155.990 tỷ đồng", "155.990", 155990e9, "money", "đồng", "vay để trả nợ gốc", Y23b, total=555390e9),
    fig("là 69.870 tỷ đồng", "69.870", 69870e9, "money", "đồng", "dư nợ của chính quyền địa phương",
        per("đến cuối năm 2023", None, "2023-12-31"), percent=1.7,
        change=chg("decrease", 4.2, baseline="cuối năm 2022")),
    fig("(15.230 tỷ đồng)", "15.230", 15230e9, "money", "đồng", "dư nợ của chính quyền địa phương", inh(AS), location="Hồ Chí Minh"),
    fig("(12.465 tỷ đồng)", "12.465", 12465e9, "money", "đồng", "dư nợ của chính quyền địa phương", inh(AS), location="Hà Nội"),
    fig("(3.128 tỷ đồng)", "3.128", 3128e9, "money", "đồng", "dư nợ của chính quyền địa phương", inh(AS), location="Đà Nẵng"),
    fig("(2.874 tỷ đồng)", "2.874", 2874e9, "money", "đồng", "dư nợ của chính quyền địa phương", inh(AS), location="Bình Dương"),
    fig("có 41/63 địa phương", "41", 41, "count", "địa phương", "địa phương phát sinh vay lại vốn vay nước ngoài của Chính phủ",
        Y23, total=63),
    fig("tổng số 8.643 tỷ đồng", "8.643", 8643e9, "money", "đồng", "vay lại vốn vay nước ngoài của Chính phủ", Y23),
    fig("khoảng 37-38% GDP", "37", 37, "percent", "%", "nợ công so với GDP", Y24, value_max=38, approx="about", status="forecast"),
    fig("dự kiến 3,6% GDP", "3,6", 3.6, "percent", "%", "bội chi ngân sách nhà nước so với GDP", Y24, status="forecast"),
]

COMMENTS = [
    "Bộ Tài chính (ministry site): Bản tin nợ công số 18 — nợ công, nợ Chính phủ, nợ nước ngoài 31/12/2023, bội chi, vay, nợ chính quyền địa phương.",
    "Not figures: 'Bản tin nợ công số 18', Nghị quyết số 23/2021/QH15, 'giai đoạn 2021-2025', Lượt xem 2.964, Số 28 Trần Hưng Đạo, 024.2220.2828, (MOF).",
    "Debt ratios to GDP are percent figures (no base amount). Trần/ngưỡng cảnh báo nợ công set by the Quốc hội resolution for 2021-2025 are",
    "limits taken as status target. '1,7% GDP' after 69.870 tỷ is its percent. Province list: location = province, subject = the list's indicator.",
    "The headline's 'năm 2023' makes the headline ratio a 2023 figure. 41/63 địa phương: total 63; 8.643 tỷ is not a part of the 69.870 tỷ (no cue).",
    "Location Việt Nam (national figures); 'dự kiến' 2024 -> forecast; '37-38%' with khoảng -> value 37, value_max 38, about.",
]

if __name__ == "__main__":
    emit("p478-4", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Việt Nam")

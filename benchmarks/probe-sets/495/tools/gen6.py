#!/usr/bin/env python3
"""p495-6: national press - thu thuế thương mại điện tử 7 tháng 2024, hộ kinh doanh kê khai."""
from lib import fig, per, inh, chg, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ năm, 15/8/2024, 06:30 (GMT+7)

Thu thuế thương mại điện tử 7 tháng vượt 77.000 tỷ đồng

Cơ quan thuế thu hơn 77.000 tỷ đồng từ hoạt động thương mại điện tử trong 7 tháng đầu năm, tăng 20% so với cùng kỳ năm ngoái.

Số liệu của Tổng cục Thuế cho thấy, 7 tháng đầu năm 2024, số thu ngân sách từ tổ chức, cá nhân kinh doanh thương mại điện tử đạt 77.314 tỷ đồng, tăng 20,1% so với cùng kỳ. Trong đó, 103 nhà cung cấp nước ngoài như Google, Facebook, Netflix, Apple... đã nộp 4.780 tỷ đồng qua Cổng thông tin điện tử dành cho nhà cung cấp nước ngoài; tổ chức, cá nhân trong nước nộp 72.534 tỷ đồng.

Việt Nam hiện đứng thứ 2 Đông Nam Á về tốc độ tăng trưởng thương mại điện tử. Các sàn trong nước đã cung cấp thông tin của hơn 380.000 người bán hàng cho cơ quan thuế. Qua đối chiếu, 91.500 cá nhân kinh doanh trên sàn đã đăng ký, kê khai nộp thuế với số thuế gần 1.200 tỷ đồng, gấp 2,5 lần năm 2023.

Theo ông Lê Minh Khôi, Vụ trưởng Vụ Kê khai và Kế toán thuế, cả nước hiện có khoảng 5,2 triệu hộ kinh doanh, song chỉ hơn 2,1 triệu hộ đang nộp thuế, trong đó khoảng 11% nộp theo phương pháp kê khai. Ngành thuế dự kiến đến năm 2025 có khoảng 30% hộ kinh doanh chuyển sang phương pháp kê khai và dùng hóa đơn điện tử.

Từ ngày 1/7/2024, các sàn phải cung cấp thông tin người bán định kỳ theo quý, chậm nhất vào ngày 30 của tháng đầu quý sau, theo Nghị định 91/2022/NĐ-CP.

Anh Minh
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    fig("vượt 77.000 tỷ đồng", "77.000", 77000e9, "money", "đồng", "thu thuế thương mại điện tử",
        per("7 tháng", "2024-01-01", "2024-07-31"), approx="over"),
    fig("thu hơn 77.000 tỷ đồng", "77.000", 77000e9, "money", "đồng", "thu từ hoạt động thương mại điện tử",
        per("7 tháng đầu năm", "2024-01-01", "2024-07-31"), approx="over",
        change=chg("increase", 20, baseline="cùng kỳ năm ngoái")),
    fig("đạt 77.314 tỷ đồng", "77.314", 77314e9, "money", "đồng",
        "số thu ngân sách từ tổ chức, cá nhân kinh doanh thương mại điện tử", M7,
        change=chg("increase", 20.1, baseline="cùng kỳ")),
    fig("103 nhà cung cấp", "103", 103, "count", "nhà cung cấp", "nhà cung cấp nước ngoài nộp thuế", inh(M7)),
    fig("nộp 4.780 tỷ đồng", "4.780", 4780e9, "money", "đồng", "số thuế nhà cung cấp nước ngoài đã nộp", inh(M7),
        total=77314e9),
    fig("nộp 72.534 tỷ đồng", "72.534", 72534e9, "money", "đồng", "số thuế tổ chức, cá nhân trong nước nộp", inh(M7),
        total=77314e9),
    fig("đứng thứ 2 Đông Nam Á", "2", 2, "rank", "hạng", "tốc độ tăng trưởng thương mại điện tử Đông Nam Á"),
    fig("hơn 380.000 người bán hàng", "380.000", 380000, "count", "người bán hàng",
        "người bán hàng được các sàn trong nước cung cấp thông tin", approx="over"),
    fig("91.500 cá nhân", "91.500", 91500, "count", "cá nhân kinh doanh",
        "cá nhân kinh doanh trên sàn đã đăng ký, kê khai nộp thuế"),
    fig("gần 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "số thuế cá nhân kinh doanh trên sàn kê khai nộp",
        approx="nearly", change=chg("increase", 2.5, "lần", "năm 2023")),
    fig("khoảng 5,2 triệu hộ", "5,2", 5.2e6, "count", "hộ kinh doanh", "hộ kinh doanh", approx="about"),
    fig("hơn 2,1 triệu hộ", "2,1", 2.1e6, "count", "hộ", "hộ kinh doanh đang nộp thuế", approx="over"),
    fig("khoảng 11% nộp", "11", 11, "percent", "%", "hộ nộp thuế theo phương pháp kê khai", approx="about"),
    fig("khoảng 30% hộ", "30", 30, "percent", "%",
        "hộ kinh doanh chuyển sang phương pháp kê khai và dùng hóa đơn điện tử",
        per("đến năm 2025", end="2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-like dateline 'Thứ năm, 15/8/2024, 06:30 (GMT+7)'): thuế thương mại điện tử 7 tháng 2024, hộ kinh doanh.",
    "Headline '7 tháng' and sapo '7 tháng đầu năm' take 2024 from the dateline. 'gấp 2,5 lần năm 2023' after 1.200 tỷ is its change.",
    "The 4.780 tỷ paid by foreign suppliers is part of the 77.314 tỷ (after 'Trong đó'); the 103 suppliers are a count, no total.",
    "'song chỉ hơn 2,1 triệu hộ' has no part-of cue: no total. 'khoảng 11%' after 'trong đó' is a percent figure of its own.",
    "Not figures: '(GMT+7)', 'ngày 1/7/2024', 'ngày 30 của tháng đầu quý sau', 'Nghị định 91/2022/NĐ-CP', the byline.",
    "Sentences without a period phrase (sàn, hộ kinh doanh 'hiện') get no period.",
]

if __name__ == "__main__":
    emit("p495-6", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Việt Nam")

"""p1223-4: ministry site (Bộ Công Thương), national medical-glove exports, 5 months 2025."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động ngành Công Thương

Xuất khẩu găng tay y tế 5 tháng đầu năm tăng 14,6%

Ngày đăng: 05/06/2025 | Lượt xem: 1.208

Theo số liệu của Cục Hải quan, 5 tháng đầu năm 2025, kim ngạch xuất khẩu găng tay y tế của Việt Nam đạt 312,4 triệu USD, tăng 14,6% so với cùng kỳ năm 2024. Riêng tháng 5/2025 đạt 71,8 triệu USD, tăng 9,3% so với tháng trước. Hiện Việt Nam đứng thứ 4 thế giới về xuất khẩu găng tay y tế, sau Malaysia, Thái Lan và Trung Quốc.

Cả nước có khoảng 160 doanh nghiệp sản xuất vật tư y tế dùng một lần, trong đó 42 doanh nghiệp sản xuất găng tay và 28 doanh nghiệp sản xuất bơm kim tiêm. Dẫn đầu về kim ngạch xuất khẩu găng tay là Bình Dương (96,5 triệu USD), Đồng Nai (58,2 triệu USD) và Long An (41,7 triệu USD).

Tuy nhiên, ngành vẫn phụ thuộc lớn vào nguyên liệu nhập khẩu: khoảng 80% cao su nitrile và gần 100% hạt nhựa y tế PP, PVC phải nhập từ nước ngoài. Năm 2024, kim ngạch nhập khẩu nguyên liệu phục vụ sản xuất vật tư y tế ước đạt 1,15 tỷ USD, gấp 1,4 lần năm 2021.

Theo Chiến lược phát triển công nghiệp thiết bị y tế đến năm 2030, tầm nhìn đến năm 2045, mục tiêu đến năm 2030 sản xuất trong nước đáp ứng 45% nhu cầu trang thiết bị y tế loại A, B; giá trị xuất khẩu thiết bị, vật tư y tế đạt khoảng 2,5 tỷ USD/năm. Bộ Công Thương sẽ tổ chức Triển lãm quốc tế Vietnam Medi-Pharm lần thứ 32 vào tháng 8 tới tại Hà Nội.

Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.3825.1906
"""

M5H = per("5 tháng đầu năm", "2025-01-01", "2025-05-31")
M5 = per("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
T5 = per("tháng 5/2025", "2025-05-01", "2025-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "kim ngạch xuất khẩu găng tay"

FIGS = [
    fig("năm tăng 14,6%", "14,6", 14.6, "percent", "%", subject="xuất khẩu găng tay y tế", period=M5H),
    fig("đạt 312,4 triệu USD", "312,4", 312400000, "money", "USD",
        change=chg("increase", 14.6, "%", "cùng kỳ năm 2024"),
        subject="kim ngạch xuất khẩu găng tay y tế", period=M5),
    fig("đạt 71,8 triệu USD", "71,8", 71800000, "money", "USD",
        change=chg("increase", 9.3, "%", "tháng trước"),
        subject="kim ngạch xuất khẩu găng tay y tế", period=T5),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu găng tay y tế"),
    fig("khoảng 160 doanh nghiệp", "160", 160, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất vật tư y tế dùng một lần"),
    fig("42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", total=160,
        subject="doanh nghiệp sản xuất găng tay"),
    fig("28 doanh nghiệp", "28", 28, "count", "doanh nghiệp", total=160,
        subject="doanh nghiệp sản xuất bơm kim tiêm"),
    fig("Bình Dương (96,5 triệu USD)", "96,5", 96500000, "money", "USD", subject=LIST,
        location="Bình Dương", period=inh(M5)),
    fig("Đồng Nai (58,2 triệu USD)", "58,2", 58200000, "money", "USD", subject=LIST,
        location="Đồng Nai", period=inh(M5)),
    fig("Long An (41,7 triệu USD)", "41,7", 41700000, "money", "USD", subject=LIST,
        location="Long An", period=inh(M5)),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="tỷ lệ cao su nitrile phải nhập khẩu"),
    fig("gần 100%", "100", 100, "percent", "%", approx="nearly",
        subject="tỷ lệ hạt nhựa y tế PP, PVC phải nhập khẩu"),
    fig("ước đạt 1,15 tỷ USD", "1,15", 1150000000, "money", "USD", status="estimate",
        change=chg("increase", 1.4, "lần", "năm 2021"),
        subject="kim ngạch nhập khẩu nguyên liệu phục vụ sản xuất vật tư y tế", period=Y24),
    fig("đáp ứng 45%", "45", 45, "percent", "%", status="target",
        subject="tỷ lệ sản xuất trong nước đáp ứng nhu cầu trang thiết bị y tế loại A, B", period=T30),
    fig("khoảng 2,5 tỷ USD/năm", "2,5", 2500000000, "money", "USD/năm", approx="about", status="target",
        subject="giá trị xuất khẩu thiết bị, vật tư y tế", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national glove exports 5 months 2025. 'Ngày đăng: 05/06/2025 | Lượt xem: 1.208'. Location Việt Nam.",
    "Distractors: Lượt xem 1.208, 'Chiến lược … đến năm 2030, tầm nhìn đến năm 2045' (a name), 'loại A, B', 'lần thứ 32', 'tháng 8 tới',",
    "  '54 Hai Bà Trưng', phone 024.3825.1906, 'dùng một lần'.",
    "Headline growth rate is a percent figure (period 5 months of 2025 from the dateline). 'Riêng tháng 5/2025' is no part after a cue: no total.",
    "Provinces in the list of export leaders are locations, subject the list's indicator; period inherited from the first paragraph.",
    "'gấp 1,4 lần năm 2021' after a money figure is its change (unit lần). 'mục tiêu đến năm 2030' governs both clauses after it (target).",
    "'đáp ứng 45% nhu cầu' has no base amount: a percent figure of its own.",
]

if __name__ == "__main__":
    build("p1223-4", TEXT, NOTES, FIGS, published="2025-06-05", location="Việt Nam")

from lib import F, P, C, emit

TEXT = """SỞ TÀI CHÍNH TỈNH NGHỆ AN
Tin tức - Sự kiện » Quản lý ngân sách

Dự toán chi ngân sách năm 2024: ưu tiên giáo dục, y tế và khoa học công nghệ
Ngày đăng: 05/01/2024 | Lượt xem: 1.204

Tại Kỳ họp thứ 17, HĐND tỉnh Nghệ An khóa XVIII đã thông qua Nghị quyết số 25/NQ-HĐND về dự toán ngân sách năm 2024. Theo đó, tổng chi cân đối ngân sách địa phương năm 2024 là 33.456 tỷ đồng, tăng 8,9% so với dự toán năm 2023; trong đó chi đầu tư phát triển 9.840 tỷ đồng, chi thường xuyên 22.915 tỷ đồng, dự phòng ngân sách 668 tỷ đồng (khoảng 2% tổng chi).

Dự toán chi thường xuyên một số lĩnh vực
Đơn vị tính: tỷ đồng

Lĩnh vực

Ước thực hiện 2023

Dự toán 2024

Giáo dục - đào tạo và dạy nghề

8.497

9.125

Y tế, dân số và gia đình

2.086

2.186

Khoa học và công nghệ

86,2

96,5

Bảo vệ môi trường

316,4

312

Bội chi ngân sách địa phương năm 2024 được HĐND tỉnh quyết định là 284,6 tỷ đồng; chi trả nợ gốc các khoản vay 127,7 tỷ đồng; tổng mức vay trong năm 412,3 tỷ đồng, gồm vay bù đắp bội chi và vay để trả nợ gốc.

Giám đốc Sở Tài chính cho biết, tỉnh tiếp tục dành tối thiểu 40% số tăng thu ngân sách để tạo nguồn cải cách tiền lương; chi sự nghiệp giáo dục chiếm gần 40% chi thường xuyên. Các đơn vị được giao dự toán cần giải ngân đúng tiến độ, bảo đảm hoàn thành kế hoạch vốn trước ngày 31/01/2025.

Mọi chi tiết xin liên hệ: Phòng Quản lý ngân sách, số 16 Trường Thi, TP. Vinh; ĐT: 0238.3844.588.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
rows = [
    ("Giáo dục - đào tạo và dạy nghề", "8.497", "9.125"),
    ("Y tế, dân số và gia đình", "2.086", "2.186"),
    ("Khoa học và công nghệ", "86,2", "96,5"),
    ("Bảo vệ môi trường", "316,4", "312"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("là 33.456 tỷ đồng", "33.456", 33456e9, "money", "đồng", "tổng chi cân đối ngân sách địa phương", Y24,
      change=C("increase", 8.9, "%", "dự toán năm 2023"), status="target"),
    F("chi đầu tư phát triển 9.840 tỷ đồng", "9.840", 9840e9, "money", "đồng", "chi đầu tư phát triển", Y24,
      total=33456e9, status="target"),
    F("chi thường xuyên 22.915 tỷ đồng", "22.915", 22915e9, "money", "đồng", "chi thường xuyên", Y24,
      total=33456e9, status="target"),
    F("ngân sách 668 tỷ đồng", "668", 668e9, "money", "đồng", "dự phòng ngân sách", Y24,
      total=33456e9, percent=2, status="target"),
]
for label, a, b in rows:
    FIGS.append(F(f"{label}\n\n{a}\n", a, num(a) * 1e9, "money", "đồng", f"Ước thực hiện 2023 chi {label}",
                  P("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), status="estimate"))
    FIGS.append(F(f"{a}\n\n{b}\n", b, num(b) * 1e9, "money", "đồng", f"Dự toán 2024 chi {label}",
                  P("Dự toán 2024", "2024-01-01", "2024-12-31"), status="target"))
FIGS += [
    F("là 284,6 tỷ đồng", "284,6", 284.6e9, "money", "đồng", "bội chi ngân sách địa phương", Y24, status="target"),
    F("khoản vay 127,7 tỷ đồng", "127,7", 127.7e9, "money", "đồng", "chi trả nợ gốc các khoản vay", Y24, status="target"),
    F("trong năm 412,3 tỷ đồng", "412,3", 412.3e9, "money", "đồng", "tổng mức vay trong năm", Y24, status="target"),
    F("tối thiểu 40% số tăng thu", "40", 40, "percent", "%", "số tăng thu ngân sách dành tạo nguồn cải cách tiền lương",
      Y24i, approx="at_least", optional=True),
    F("chiếm gần 40% chi thường xuyên", "40", 40, "percent", "%", "chi sự nghiệp giáo dục trong chi thường xuyên",
      Y24i, approx="nearly"),
]

COMMENTS = [
    "Department site (Sở Tài chính Nghệ An): the 2024 local budget estimate (dự toán) adopted by the provincial council; spending by field.",
    "'Ngày đăng: 05/01/2024 | Lượt xem: 1.204' = dateline + view counter. Dự toán (budget plan) figures are status target, like a",
    "'Kế hoạch' column; 'tăng 8,9% so với dự toán năm 2023' is the change of the total. Parts after 'trong đó' carry total 33.456 tỷ.",
    "'(khoảng 2% tổng chi)' is the share of 668 tỷ (percent 2; the 'khoảng' qualifies the share, not the amount).",
    "One-cell-per-line table with 'Đơn vị tính: tỷ đồng': columns 'Ước thực hiện 2023' (status estimate, 2023) and 'Dự toán 2024'",
    "(status target, 2024); subject = column + row label. Deficit, principal repayment and borrowing (284,6 + 127,7 = 412,3) are plan figures;",
    "'gồm' there names no numbers, so no totals. 'tối thiểu 40% số tăng thu' is a standing policy rule: optional.",
    "'chiếm gần 40% chi thường xuyên' (education in the 2024 estimate: 9.125/22.915 = 39,8%) is a percent figure, nearly; its clause has no plan cue (actual).",
    "Distractors: Kỳ họp thứ 17, khóa XVIII, Nghị quyết số 25/NQ-HĐND, deadline 31/01/2025, address 'số 16 Trường Thi', phone, counter.",
]

emit("p424-4", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Nghệ An")

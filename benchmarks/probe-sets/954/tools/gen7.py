"""p954-7: department site (Sở VHTTDL Thanh Hóa), no dateline: festivals 2023, one-cell-per-line table."""
from lib import F, P, Pi, C, build

TEXT = """
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THANH HÓA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Kết quả quản lý, tổ chức lễ hội truyền thống năm 2023

Năm 2023, toàn tỉnh Thanh Hóa tổ chức 218 lễ hội truyền thống, tăng 35 lễ hội so với năm 2022; trong đó có 4 lễ hội cấp tỉnh là Lễ hội Lam Kinh, Lễ hội Bà Triệu, Lễ hội đền Sòng và Lễ hội Mai An Tiêm. Số lễ hội theo loại hình như sau:

Đơn vị tính: lễ hội
Loại hình
Năm 2022
Năm 2023
Lễ hội dân gian
142
171
Lễ hội lịch sử cách mạng
26
31
Lễ hội tôn giáo
15
16
Tổng số
183
218

Các lễ hội đã thu hút khoảng 2,4 triệu lượt khách, tăng 12,5% so với năm 2022; trong đó Lễ hội Lam Kinh đón 85.000 lượt, Lễ hội đền Sòng 65.000 lượt. Tại các lễ hội, 96 giải thể thao dân tộc và trò chơi dân gian như vật, kéo co, đẩy gậy, đánh đu, ném còn được tổ chức, với trên 4.500 lượt vận động viên tham gia.

Qua kiểm tra 45 lễ hội, các đoàn liên ngành đã nhắc nhở 9 ban tổ chức đặt hòm công đức sai quy định, đề nghị xử lý 3 trường hợp kinh doanh trò chơi có thưởng trái phép.

Năm 2024, ngành phấn đấu 100% lễ hội cấp tỉnh được tổ chức theo kịch bản được phê duyệt và giảm ít nhất 10% số hòm công đức đặt sai quy định.

Địa chỉ: Số 36 Lê Lai, phường Đông Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.624 - Email: svhttdl@thanhhoa.gov.vn
Tổng lượt truy cập: 3.127.904 | Đang trực tuyến: 57
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tổ chức 218 lễ hội", "218", 218, "count", "lễ hội", "lễ hội truyền thống được tổ chức",
      change=C("increase", 35, "lễ hội", "năm 2022"), period=Y23),
    F("có 4 lễ hội", "4", 4, "count", "lễ hội", "lễ hội cấp tỉnh", total=218, period=Y23),
]
for label, a, b in [("Lễ hội dân gian", "142", "171"), ("Lễ hội lịch sử cách mạng", "26", "31"),
                    ("Lễ hội tôn giáo", "15", "16"), ("Tổng số", "183", "218")]:
    FIGS += [
        F(f"{label}\n{a}\n", a, int(a), "count", "lễ hội", f"{label} năm 2022", period=Y22),
        F(f"{a}\n{b}", b, int(b), "count", "lễ hội", f"{label} năm 2023", period=Y23),
    ]
FIGS += [
    F("khoảng 2,4 triệu lượt khách", "2,4", 2.4e6, "count", "lượt khách", "lượt khách đến các lễ hội",
      approx="about", change=C("increase", 12.5, "%", "năm 2022"), period=Pi(Y23)),
    F("đón 85.000 lượt", "85.000", 85000, "count", "lượt", "lượt khách đến Lễ hội Lam Kinh",
      total=2.4e6, period=Pi(Y23)),
    F("Sòng 65.000 lượt", "65.000", 65000, "count", "lượt", "lượt khách đến Lễ hội đền Sòng",
      total=2.4e6, period=Pi(Y23)),
    F("96 giải", "96", 96, "count", "giải", "giải thể thao dân tộc và trò chơi dân gian được tổ chức",
      period=Pi(Y23)),
    F("trên 4.500 lượt", "4.500", 4500, "count", "lượt vận động viên", "lượt vận động viên tham gia",
      approx="over", period=Pi(Y23)),
    F("kiểm tra 45 lễ hội", "45", 45, "count", "lễ hội", "lễ hội được kiểm tra", period=Pi(Y23)),
    F("nhắc nhở 9 ban tổ chức", "9", 9, "count", "ban tổ chức",
      "ban tổ chức bị nhắc nhở đặt hòm công đức sai quy định", period=Pi(Y23)),
    F("xử lý 3 trường hợp", "3", 3, "count", "trường hợp",
      "trường hợp kinh doanh trò chơi có thưởng trái phép đề nghị xử lý", period=Pi(Y23)),
    F("phấn đấu 100% lễ hội", "100", 100, "percent", "%",
      "lễ hội cấp tỉnh được tổ chức theo kịch bản được phê duyệt", status="target", period=Y24),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số hòm công đức đặt sai quy định",
      approx="at_least", status="target", period=Y24),
]

COMMENTS = [
    "Sở VHTTDL Thanh Hóa site (invented), no dateline (no `published`); footer address, phone, 'Tổng lượt truy cập: 3.127.904 | Đang trực tuyến: 57'.",
    "One-cell-per-line table ('Đơn vị tính: lễ hội'; columns Năm 2022 / Năm 2023; rows by festival type, 'Tổng số' row): every cell a figure,",
    "subject = row label + column label, period from the column header (scored), no totals for cells. '4 lễ hội cấp tỉnh' is a 'trong đó' part of 218.",
    "'tăng 35 lễ hội so với năm 2022' is the 218's change. The Lam Kinh and đền Sòng visitors follow 'trong đó' after 2,4 triệu lượt khách: total.",
    "Sentences without a period phrase inherit 'Năm 2023' (unscored). 'giảm ít nhất 10%' is a target percent figure (approx at_least).",
    "Distractors: the four festival names, 'Số 36 Lê Lai', phone '0237.3852.624', visitor counter and 'Đang trực tuyến: 57'.",
]

if __name__ == "__main__":
    build(7, TEXT, FIGS, COMMENTS, location="Thanh Hóa")

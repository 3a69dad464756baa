"""p962-7: Ban Tôn giáo, Sở Nội vụ Gia Lai (department site, no dateline), religion in 2023 with a one-cell-per-line table."""
from lib import F, P, I, change, write

TEXT = """SỞ NỘI VỤ TỈNH GIA LAI - BAN TÔN GIÁO
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp | Liên hệ

Tình hình tôn giáo trên địa bàn tỉnh năm 2023

Gia Lai có 6 tôn giáo được Nhà nước công nhận với 15 tổ chức tôn giáo trực thuộc. Năm 2023, toàn tỉnh có 639.620 tín đồ, tăng 2,8% so với năm 2022, chiếm 39,6% dân số; tín đồ là người dân tộc thiểu số chiếm 58,3%. Toàn tỉnh có 1.236 chức sắc, 3.870 chức việc, 382 cơ sở thờ tự và 574 điểm nhóm Tin Lành đăng ký sinh hoạt tôn giáo tập trung.

Số tín đồ các tôn giáo qua các năm
Đơn vị tính: người
Tôn giáo
Năm 2022
Năm 2023
Phật giáo
245.310
251.870
Công giáo
198.460
201.950
Tin Lành
176.020
183.640
Cao Đài
2.140
2.160
Tổng cộng
621.930
639.620

Trong đó, Tin Lành có tốc độ tăng số tín đồ nhanh nhất với 4,3%, chủ yếu ở đồng bào Jrai, Bahnar.

Trong năm, Ban Tôn giáo tham mưu UBND tỉnh chấp thuận đăng ký sinh hoạt tôn giáo tập trung cho 46 điểm nhóm, công nhận 3 chi hội Tin Lành; tổ chức 14 lớp bồi dưỡng pháp luật cho 1.120 lượt chức sắc, chức việc, tăng 2 lớp so với năm trước.

Đến nay, 301/382 cơ sở thờ tự đã được cấp giấy chứng nhận quyền sử dụng đất với tổng diện tích 148,5 ha. Năm 2024, tỉnh phấn đấu cấp giấy chứng nhận cho thêm 30 cơ sở thờ tự.

BAN TÔN GIÁO - SỞ NỘI VỤ TỈNH GIA LAI
Địa chỉ: 02 Hoàng Văn Thụ, phường Tây Sơn, TP. Pleiku, tỉnh Gia Lai
Điện thoại: 0269.3824.517 - Fax: 0269.3824.518
Lượt truy cập: 386.214 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOTES = [
    "Department site of Ban Tôn giáo (Sở Nội vụ Gia Lai), no dateline: religion in 2023, one-cell-per-line table of followers 2022/2023.",
    "Distractors: address '02 Hoàng Văn Thụ', phone/fax 0269.3824.517/518, 'Lượt truy cập: 386.214', 'Đang trực tuyến: 37'.",
    "Table cells (Đơn vị tính: người) take the period of their column header (scored); subject = row label + column label",
    "with the indicator from the title ('tín đồ Phật giáo năm 2022', 'tổng cộng số tín đồ năm 2023').",
    "revised after the first run: table subjects now carry the row label 'Tổng cộng' and the column label (year), as FIGURES.md",
    "(Tables) and the shared gold h23/h24 do; they were 'tổng số tín đồ' / 'tín đồ Phật giáo' before.",
    "The 2023 total cell repeats 639.620 from the text: both are figures. 'tín đồ là người dân tộc thiểu số chiếm 58,3%' is a",
    "share on its own (percent figure). 'Tin Lành ... tăng ... 4,3%' is a growth rate without base: percent figure, no change.",
    "'Trong năm' takes 2023 (the nearest earlier period). 'Đến nay' without any dateline has no date: no period. '301/382' gives total 382.",
]
ROWS = [("Phật giáo", "245.310", "251.870"), ("Công giáo", "198.460", "201.950"), ("Tin Lành", "176.020", "183.640"),
        ("Cao Đài", "2.140", "2.160"), ("Tổng cộng", "621.930", "639.620")]


def table_figs():
    figs = []
    for name, a, b in ROWS:
        # subject = row label + column label (FIGURES.md, Tables), with the indicator from the table title
        subj = "tổng cộng số tín đồ" if name == "Tổng cộng" else f"tín đồ {name}"
        figs.append(F(f"{name}\n{a}", a, float(a.replace(".", "")), "count", "người", subject=subj + " năm 2022",
                      period=Y22))
        figs.append(F(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "người", subject=subj + " năm 2023",
                      period=Y23))
    return figs


FIGS = [
    F("có 6 tôn giáo", "6", 6, "count", "tôn giáo", subject="tôn giáo được Nhà nước công nhận"),
    F("15 tổ chức tôn giáo", "15", 15, "count", "tổ chức tôn giáo", subject="tổ chức tôn giáo trực thuộc"),
    F("có 639.620 tín đồ", "639.620", 639620, "count", "tín đồ", percent=39.6,
      change=change("increase", 2.8, "%", "năm 2022"), subject="tín đồ các tôn giáo", period=Y23),
    F("chiếm 58,3%", "58,3", 58.3, "percent", "%", subject="tín đồ là người dân tộc thiểu số trong tổng số tín đồ",
      period=Y23),
    F("1.236 chức sắc", "1.236", 1236, "count", "chức sắc", subject="chức sắc", period=I(Y23)),
    F("3.870 chức việc", "3.870", 3870, "count", "chức việc", subject="chức việc", period=I(Y23)),
    F("382 cơ sở thờ tự và", "382", 382, "count", "cơ sở thờ tự", subject="cơ sở thờ tự", period=I(Y23)),
    F("574 điểm nhóm", "574", 574, "count", "điểm nhóm",
      subject="điểm nhóm Tin Lành đăng ký sinh hoạt tôn giáo tập trung", period=I(Y23)),
] + table_figs() + [
    F("với 4,3%", "4,3", 4.3, "percent", "%", subject="tốc độ tăng số tín đồ Tin Lành", period=I(Y23)),
    F("cho 46 điểm nhóm", "46", 46, "count", "điểm nhóm",
      subject="điểm nhóm được chấp thuận đăng ký sinh hoạt tôn giáo tập trung",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("công nhận 3 chi hội", "3", 3, "count", "chi hội", subject="chi hội Tin Lành được công nhận",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("tổ chức 14 lớp", "14", 14, "count", "lớp", change=change("increase", 2, "lớp", "năm trước"),
      subject="lớp bồi dưỡng pháp luật", period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("cho 1.120 lượt", "1.120", 1120, "count", "lượt chức sắc, chức việc",
      subject="lượt chức sắc, chức việc được bồi dưỡng pháp luật",
      period=P("Trong năm", "2023-01-01", "2023-12-31")),
    F("301/382 cơ sở thờ tự", "301", 301, "count", "cơ sở thờ tự", total=382,
      subject="cơ sở thờ tự được cấp giấy chứng nhận quyền sử dụng đất"),
    F("148,5 ha", "148,5", 148.5, "measure", "ha", subject="tổng diện tích đất cơ sở thờ tự được cấp giấy chứng nhận"),
    F("thêm 30 cơ sở thờ tự", "30", 30, "count", "cơ sở thờ tự", status="target",
      subject="cơ sở thờ tự được cấp giấy chứng nhận", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

write("p962-7", TEXT, NOTES, FIGS, published=None, location="Gia Lai")

"""p480-7: Sở Y tế Cần Thơ department site (no dateline), blood collection 2023, one-cell-per-line table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả tiếp nhận máu năm 2023 trên địa bàn thành phố

Năm 2023, Trung tâm Huyết học - Truyền máu thành phố phối hợp với Hội Chữ thập đỏ và các quận, huyện tổ chức 214 buổi hiến máu, tiếp nhận 10.887 đơn vị máu, tăng 649 đơn vị so với năm 2022. Trung tâm đã điều chế và cấp phát 24.560 đơn vị chế phẩm máu cho 36 bệnh viện, trong đó 29 bệnh viện trong thành phố và 7 bệnh viện thuộc các tỉnh lân cận.

Tỷ lệ đơn vị máu phải loại bỏ do không đạt tiêu chuẩn là 1,8%, giảm 0,4 điểm phần trăm so với năm trước.

Bảng: Số đơn vị máu tiếp nhận theo địa phương
Đơn vị tính: đơn vị máu

Địa phương
Năm 2022
Năm 2023
So sánh 2023/2022 (%)
Quận Ninh Kiều
5.126
5.604
109,3
Quận Cái Răng
1.842
1.915
104,0
Quận Thốt Nốt
1.205
1.318
109,4
Các địa phương còn lại
2.065
2.050
99,3
Toàn thành phố
10.238
10.887
106,3

Năm 2024, thành phố đặt mục tiêu tiếp nhận 11.500 đơn vị máu, trong đó nhóm máu O chiếm không dưới 40%.

Người hiến máu xin liên hệ Trung tâm Huyết học - Truyền máu, số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều; điện thoại 0292.3820.126.

Bản quyền thuộc Sở Y tế thành phố Cần Thơ
Số lượt truy cập: 2.418.905
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")

ROWS = [
    ("Quận Ninh Kiều", "Ninh Kiều", None, "5.126", 5126, "5.604", 5604, "109,3", 109.3),
    ("Quận Cái Răng", "Cái Răng", None, "1.842", 1842, "1.915", 1915, "104,0", 104.0),
    ("Quận Thốt Nốt", "Thốt Nốt", None, "1.205", 1205, "1.318", 1318, "109,4", 109.4),
    ("Các địa phương còn lại", None, "các địa phương còn lại", "2.065", 2065, "2.050", 2050, "99,3", 99.3),
    ("Toàn thành phố", None, None, "10.238", 10238, "10.887", 10887, "106,3", 106.3),
]

FIGS = [
    F("tổ chức 214 buổi", "214", 214, "count", "buổi hiến máu", "buổi hiến máu được tổ chức", Y23),
    F("tiếp nhận 10.887 đơn vị máu", "10.887", 10887, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y23,
      change=CH("increase", 649, "đơn vị", "năm 2022")),
    F("cấp phát 24.560 đơn vị", "24.560", 24560, "count", "đơn vị chế phẩm máu", "đơn vị chế phẩm máu được điều chế và cấp phát",
      INH(Y23)),
    F("cho 36 bệnh viện", "36", 36, "count", "bệnh viện", "bệnh viện được cấp phát chế phẩm máu", INH(Y23)),
    F("trong đó 29 bệnh viện", "29", 29, "count", "bệnh viện", "bệnh viện trong thành phố", INH(Y23), total=36),
    F("và 7 bệnh viện", "7", 7, "count", "bệnh viện", "bệnh viện thuộc các tỉnh lân cận", INH(Y23), total=36),
    F("là 1,8%", "1,8", 1.8, "percent", "%", "tỷ lệ đơn vị máu phải loại bỏ do không đạt tiêu chuẩn", INH(Y23),
      change=CH("decrease", 0.4, "điểm phần trăm", "năm trước")),
]
for label, loc, extra, an, av, bn, bv, rn, rv in ROWS:
    pre = (extra + " ") if extra else ""
    kw = {"location": loc} if loc else {}
    FIGS.append(F(f"{label}\n{an}", an, av, "count", "đơn vị máu", f"{pre}số đơn vị máu tiếp nhận năm 2022", C22, **kw))
    FIGS.append(F(f"{an}\n{bn}", bn, bv, "count", "đơn vị máu", f"{pre}số đơn vị máu tiếp nhận năm 2023", C23, **kw))
    FIGS.append(F(f"{bn}\n{rn}", rn, rv, "percent", "%", f"{pre}số đơn vị máu tiếp nhận so sánh 2023/2022", **kw))

FIGS += [
    F("tiếp nhận 11.500 đơn vị máu", "11.500", 11500, "count", "đơn vị máu", "đơn vị máu tiếp nhận",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("không dưới 40%", "40", 40, "percent", "%", "nhóm máu O trong số đơn vị máu tiếp nhận",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Sở Y tế Cần Thơ department site: no dateline (published null), visit counter in the footer (not a figure).",
    "Distractors: 'So sánh 2023/2022 (%)' header, 'số 71 Lý Tự Trọng', phone '0292.3820.126', 'Số lượt truy cập: 2.418.905'.",
    "One-cell-per-line table with 'Đơn vị tính: đơn vị máu': every numeric cell is a figure; periods from the column headers (scored,",
    "as shared h23/h24); the ratio column is percent with no period. Row labels that are districts go to location; 'Toàn thành phố'",
    "is the city (article default Cần Thơ); 'Các địa phương còn lại' stays in the subject. Table cells carry no totals.",
    "10.887 in the text: change +649 đơn vị vs 2022 (a change in units). 29 + 7 = 36 hospitals after 'trong đó' (total).",
    "'giảm 0,4 điểm phần trăm so với năm trước' is the change of the 1,8% rate. 'không dưới 40%' under 'đặt mục tiêu': target, at_least.",
]

if __name__ == "__main__":
    emit("p480-7", TEXT, COMMENTS, FIGS, published=None, location="Cần Thơ")

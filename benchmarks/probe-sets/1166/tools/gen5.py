"""p1166-5: Party newspaper (Báo Bình Định): Hán Nôm documents collected from families and digitised."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Văn hóa - Xã hội

Sưu tầm, số hóa tài liệu Hán Nôm trong dân

Thời gian qua, Trung tâm Lưu trữ lịch sử tỉnh Bình Định đã phối hợp với các địa phương sưu tầm, tiếp nhận 1.384 tài liệu Hán Nôm, sắc phong, gia phả do người dân hiến tặng hoặc cho phép sao chụp. Trong đó có 276 đạo sắc phong thời Nguyễn và 93 bộ gia phả.

Gia đình ông Trần Văn Lộc (78 tuổi) ở thôn Phong Tấn, xã Phước Quang, huyện Tuy Phước là một trong những hộ đầu tiên hiến tặng tài liệu. Ông đã trao cho Trung tâm 41 văn bản chữ Hán, trong đó có 9 đạo sắc phong, niên đại sớm nhất là năm Minh Mạng thứ 12 (1831). Theo ông Lộc, số tài liệu này được dòng họ giữ gìn qua 6 đời, cất trong hai chiếc rương gỗ.

Toàn bộ tài liệu sưu tầm đã được số hóa với hơn 15.200 trang ảnh, dung lượng khoảng 640 GB, và biên mục vào cơ sở dữ liệu. Năm 2023, Trung tâm phục vụ 217 lượt nhà nghiên cứu khai thác tài liệu Hán Nôm, gấp 1,8 lần năm 2022.

Ông Nguyễn Hữu Thành, Giám đốc Trung tâm Lưu trữ lịch sử tỉnh cho biết, kho lưu trữ hiện bảo quản 2.950 mét giá tài liệu của 86 phông, nhưng mới có khoảng 18% được số hóa. Năm 2024, Trung tâm dự kiến số hóa thêm 600.000 trang và tổ chức 2 đợt triển lãm tài liệu tại TP Quy Nhơn và thị xã An Nhơn.

HOÀNG QUÂN
12/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TP = "Tuy Phước"
LOC = "tài liệu gia đình ông Trần Văn Lộc hiến tặng"

FIGS = [
    fig("tiếp nhận 1.384 tài liệu", "1.384", 1384, "count", "tài liệu",
        subject="tài liệu Hán Nôm, sắc phong, gia phả sưu tầm, tiếp nhận"),
    fig("có 276 đạo", "276", 276, "count", "đạo sắc phong", total=1384,
        subject="đạo sắc phong thời Nguyễn sưu tầm, tiếp nhận"),
    fig("93 bộ gia phả", "93", 93, "count", "bộ gia phả", total=1384,
        subject="bộ gia phả sưu tầm, tiếp nhận"),
    fig("(78 tuổi)", "78", 78, "measure", "tuổi", optional=True, location=TP,
        subject="tuổi ông Trần Văn Lộc"),
    fig("trao cho Trung tâm 41 văn bản", "41", 41, "count", "văn bản", location=TP,
        subject="văn bản chữ Hán gia đình ông Trần Văn Lộc hiến tặng"),
    fig("có 9 đạo", "9", 9, "count", "đạo sắc phong", total=41, location=TP,
        subject="đạo sắc phong gia đình ông Trần Văn Lộc hiến tặng"),
    fig("qua 6 đời", "6", 6, "count", "đời", optional=True, location=TP,
        subject="đời dòng họ giữ gìn tài liệu"),
    fig("hai chiếc rương", "hai", 2, "count", "chiếc rương", location=TP,
        subject=f"rương gỗ cất {LOC}"),
    fig("hơn 15.200 trang", "15.200", 15200, "count", "trang ảnh", approx="over",
        subject="trang ảnh tài liệu sưu tầm đã số hóa"),
    fig("khoảng 640 GB", "640", 640, "measure", "GB", approx="about",
        subject="dung lượng tài liệu sưu tầm đã số hóa"),
    fig("phục vụ 217 lượt", "217", 217, "count", "lượt nhà nghiên cứu",
        change=chg("increase", 1.8, "lần", "năm 2022"),
        subject="lượt nhà nghiên cứu khai thác tài liệu Hán Nôm", period=Y23),
    fig("bảo quản 2.950 mét giá", "2.950", 2950, "measure", "mét giá",
        subject="tài liệu kho lưu trữ đang bảo quản"),
    fig("của 86 phông", "86", 86, "count", "phông",
        subject="phông lưu trữ đang bảo quản"),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="tài liệu kho lưu trữ được số hóa"),
    fig("thêm 600.000 trang", "600.000", 600000, "count", "trang", status="forecast",
        subject="trang tài liệu số hóa thêm", period=Y24),
    fig("tổ chức 2 đợt", "2", 2, "count", "đợt triển lãm", status="forecast",
        subject="đợt triển lãm tài liệu", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Bình Định): masthead, section, byline 'HOÀNG QUÂN' and bare date '12/01/2024' at the end (published).",
    "Distractors: 'năm Minh Mạng thứ 12 (1831)' (a reign year and a year), 'thôn Phong Tấn', 'thời Nguyễn'.",
    "Family passage (xã Phước Quang, huyện Tuy Phước): its figures take the district Tuy Phước as location, also in the next sentences.",
    "'78 tuổi' (age) and 'qua 6 đời' (generations, narrative) optional. 'hai chiếc rương' is a number word (2).",
    "Parts after 'Trong đó có' (276 đạo sắc phong, 93 bộ gia phả) are kinds of the 1.384 documents: total 1.384; 9 → total 41.",
    "'gấp 1,8 lần năm 2022' after a count is its change (increase, 1,8 lần). 'mới có khoảng 18% được số hóa' is its own percent.",
    "'Thời gian qua', 'hiện' get no period. 'Năm 2024 … dự kiến' → forecast for both figures of the clause; Quy Nhơn and An Nhơn are",
    "where the two exhibitions are held, the figure is the provincial centre's (location Bình Định).",
]

if __name__ == "__main__":
    write("p1166-5", TEXT, NOTES, FIGS, published="2024-01-12", location="Bình Định")

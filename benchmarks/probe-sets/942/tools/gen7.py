"""p942-7: Chi cục Kiểm lâm Ninh Bình site (no dateline), Vân Long waterbirds, one-cell-per-line table."""
from lib import F, write, period, year, change, target

TEXT = """CHI CỤC KIỂM LÂM TỈNH NINH BÌNH
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản pháp quy

Vân Long: kết quả giám sát chim nước năm 2023

Khu bảo tồn thiên nhiên đất ngập nước Vân Long có diện tích 3.711 ha, trong đó mặt nước khoảng 1.100 ha. Năm 2023, Chi cục phối hợp Ban quản lý tổ chức 12 đợt giám sát chim nước, ghi nhận 48 loài, tăng 5 loài so với năm 2022. Tổng số cá thể chim nước năm 2023 tăng 13,5% so với năm 2022. Nhóm cò, diệc chiếm khoảng 70% tổng số cá thể; riêng cò ngàng lớn ghi nhận 86 cá thể, gấp đôi năm 2022.

Số lượng chim nước tại Vân Long qua các năm
Đơn vị tính: cá thể
Nhóm loài
Năm 2022
Năm 2023
Mục tiêu 2025
Cò, diệc
4.350
4.920
5.500
Vịt trời, le hôi
1.280
1.610
2.000
Gà nước, cuốc
540
470
600
Tổng số
6.170
7.000
8.100

Cũng trong năm 2023, lực lượng kiểm lâm tuần tra 156 lượt, thu giữ 35 bộ lưới bẫy, thả về tự nhiên 126 cá thể chim. Theo Nghị định số 35/2019/NĐ-CP, hành vi bẫy bắt chim hoang dã bị phạt từ 5 đến 10 triệu đồng.

Đến năm 2025, Khu bảo tồn phấn đấu phục hồi 60 ha bãi sậy làm nơi trú của chim; tổng kinh phí dự kiến 2,8 tỷ đồng.

Chi cục Kiểm lâm tỉnh Ninh Bình
Địa chỉ: Số 2, đường Lê Hồng Phong, phường Vân Giang, TP Ninh Bình
Điện thoại: 0229.3871.245
Tổng lượt truy cập: 1.284.605 | Đang trực tuyến: 37
"""

Y22 = year("Năm 2022", 2022)
Y23 = year("Năm 2023", 2023)
T25 = year("Mục tiêu 2025", 2025)
E25 = period("Đến năm 2025", None, "2025-12-31")


def row(label, subj, vals, anchors):
    # subject = row label + column label (FIGURES.md tables; cf. shared gold h24 "... năm 2015")
    out = []
    for (num, val), anchor, per, col in zip(vals, anchors, (Y22, Y23, T25), ("năm 2022", "năm 2023", "mục tiêu 2025")):
        extra = {"status": "target"} if per is T25 else {}
        out.append(F(anchor, num, val, "count", "cá thể", f"{subj} {col}", per, **extra))
    return out


FIGS = [
    F("diện tích 3.711 ha", "3.711", 3711, "measure", "ha", "diện tích Khu bảo tồn thiên nhiên đất ngập nước Vân Long"),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", "diện tích mặt nước", approx="about", total=3711),
    F("12 đợt giám sát", "12", 12, "count", "đợt giám sát", "đợt giám sát chim nước", year("Năm 2023", 2023)),
    F("ghi nhận 48 loài", "48", 48, "count", "loài", "loài chim nước ghi nhận", year("Năm 2023", 2023),
      change=change("increase", 5, "loài", "năm 2022")),
    F("tăng 13,5%", "13,5", 13.5, "percent", "%", "tổng số cá thể chim nước", year("năm 2023", 2023)),
    F("khoảng 70% tổng số", "70", 70, "percent", "%", "nhóm cò, diệc trong tổng số cá thể chim nước",
      year("năm 2023", 2023, inherited=True), approx="about"),
    F("ghi nhận 86 cá thể", "86", 86, "count", "cá thể", "cò ngàng lớn", year("năm 2023", 2023, inherited=True),
      change=change("increase", 2, "lần", "năm 2022")),
]
FIGS += row("Cò, diệc", "chim nước nhóm cò, diệc",
            [("4.350", 4350), ("4.920", 4920), ("5.500", 5500)],
            ["diệc\n4.350", "4.350\n4.920", "4.920\n5.500"])
FIGS += row("Vịt trời, le hôi", "chim nước nhóm vịt trời, le hôi",
            [("1.280", 1280), ("1.610", 1610), ("2.000", 2000)],
            ["hôi\n1.280", "1.280\n1.610", "1.610\n2.000"])
FIGS += row("Gà nước, cuốc", "chim nước nhóm gà nước, cuốc",
            [("540", 540), ("470", 470), ("600", 600)],
            ["cuốc\n540", "540\n470", "470\n600"])
FIGS += row("Tổng số", "tổng số chim nước",
            [("6.170", 6170), ("7.000", 7000), ("8.100", 8100)],
            ["Tổng số\n6.170", "6.170\n7.000", "7.000\n8.100"])
FIGS += [
    F("tuần tra 156 lượt", "156", 156, "count", "lượt", "lượt tuần tra", year("trong năm 2023", 2023)),
    F("thu giữ 35 bộ", "35", 35, "count", "bộ lưới bẫy", "lưới bẫy thu giữ", year("trong năm 2023", 2023)),
    F("thả về tự nhiên 126 cá thể", "126", 126, "count", "cá thể", "chim thả về tự nhiên", year("trong năm 2023", 2023)),
    F("từ 5 đến 10 triệu đồng", "5", 5e6, "money", "đồng", "mức phạt hành vi bẫy bắt chim hoang dã", value_max=10e6),
    F("phục hồi 60 ha", "60", 60, "measure", "ha", "bãi sậy phục hồi làm nơi trú của chim", E25, status="target"),
    F("dự kiến 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "tổng kinh phí", E25, status="forecast"),
]

NOTES = [
    "Ninh Bình forest protection department site, no dateline, footer with address, phone and visit counter: Vân Long wetland reserve waterbird monitoring 2023.",
    "One-cell-per-line table (Đơn vị tính: cá thể; columns Năm 2022 / Năm 2023 / Mục tiêu 2025): period from the column, 'Mục tiêu' -> status target;",
    "revised after the first run: table subjects now carry the column label as FIGURES.md says (row label and column label; cf. h24).",
    "the Tổng số row is its own figure, cells get no total. 'tăng 13,5% so với năm 2022' has no base amount in its sentence: a percent figure without change.",
    "'86 cá thể, gấp đôi năm 2022' -> change increase 2 lần (gấp đôi = twice). 'chiếm khoảng 70% tổng số cá thể' has no base amount: a percent figure.",
    "'từ 5 đến 10 triệu đồng' (the legal fine) is a range. Location Ninh Bình throughout (no district named).",
    "Distractors: Nghị định số 35/2019/NĐ-CP, Số 2 đường Lê Hồng Phong, 0229.3871.245, Tổng lượt truy cập 1.284.605, Đang trực tuyến 37, 'Mục tiêu 2025' header.",
]

write("p942-7", TEXT, FIGS, NOTES, published=None, location="Ninh Bình")

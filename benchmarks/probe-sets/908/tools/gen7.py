"""p908-7: department site (Chi cục Thủy sản Ninh Thuận), no dateline, one-cell-per-line table of cages and output."""
import unicodedata

from lib import F, period, inherit, change, target, write, cell

TEXT = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
CHI CỤC THỦY SẢN
Trang chủ / Nuôi trồng thủy sản
Kết quả nuôi cá biển lồng bè năm 2023 và kế hoạch năm 2024
Năm 2023, nghề nuôi cá biển lồng bè trên địa bàn tỉnh tiếp tục phát triển, tập trung tại vịnh Vĩnh Hy (huyện Ninh Hải) và vùng biển Cà Ná (huyện Thuận Nam). Sản lượng cá mú, cá bớp nuôi lồng đạt 1.140 tấn, vượt 14% kế hoạch, tăng 18,5% so với năm 2022. Số hộ nuôi là 168 hộ, trong đó huyện Ninh Hải 121 hộ.
Số lồng và sản lượng cá biển nuôi lồng qua các năm:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số lồng cá mú (lồng)
1.260
1.410
1.500
Số lồng cá bớp (lồng)
540
690
800
Sản lượng cá mú (tấn)
610
735
820
Sản lượng cá bớp (tấn)
352
405
480
Giá cá mú tại lồng năm 2023 bình quân 190.000 đồng/kg, cá bớp 125.000 đồng/kg. Lợi nhuận bình quân đạt 45-60 triệu đồng/lồng/năm, có hộ thu lãi trên 1 tỷ đồng.
Năm 2024, Chi cục phấn đấu đưa tổng số lồng lên 2.300 lồng; hỗ trợ 30 hộ chuyển sang lồng HDPE, mỗi hộ tối đa 50 triệu đồng. Chi cục cũng khuyến cáo người nuôi thả giống cỡ từ 8 cm trở lên, mật độ không quá 15 con/m3.
CHI CỤC THỦY SẢN TỈNH NINH THUẬN
Địa chỉ: 194 Ngô Gia Tự, TP. Phan Rang - Tháp Chàm, tỉnh Ninh Thuận
Điện thoại: 0259.3822.416 - Fax: 0259.3830.152
Lượt truy cập: 1.284.530 | Đang trực tuyến: 27
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
P24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23s = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Số lồng cá mú (lồng)", "lồng", "count", "số lồng cá mú", ["1.260", "1.410", "1.500"]),
        ("Số lồng cá bớp (lồng)", "lồng", "count", "số lồng cá bớp", ["540", "690", "800"]),
        ("Sản lượng cá mú (tấn)", "tấn", "measure", "sản lượng cá mú", ["610", "735", "820"]),
        ("Sản lượng cá bớp (tấn)", "tấn", "measure", "sản lượng cá bớp", ["352", "405", "480"])]


def table_figs(text):
    out = []
    for label, unit, kind, subj, cells in ROWS:
        for (p, status), num in zip([(Y22, None), (Y23, None), (P24, "target")], cells):
            out.append(F(cell(text, num, label), num, int(num.replace(".", "")), kind, unit,
                         subj, status=status, period=p))
    return out


def figs(text):
    return [
        F("đạt 1.140 tấn", "1.140", 1140, "measure", "tấn", "sản lượng cá mú, cá bớp nuôi lồng",
          change=change("increase", 14, "%", "kế hoạch"),
          period=period("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
        F("tăng 18,5%", "18,5", 18.5, "percent", "%", "sản lượng cá mú, cá bớp nuôi lồng tăng so với năm 2022",
          optional=True),
        F("là 168 hộ", "168", 168, "count", "hộ", "hộ nuôi cá biển lồng bè",
          period=inherit(Y23)),
        F("Ninh Hải 121 hộ", "121", 121, "count", "hộ", "hộ nuôi cá biển lồng bè",
          total=168, location="Ninh Hải", period=inherit(Y23)),
        *table_figs(text),
        F("bình quân 190.000 đồng/kg", "190.000", 190000, "money", "đồng/kg",
          "giá cá mú tại lồng bình quân", period=Y23s),
        F("cá bớp 125.000 đồng/kg", "125.000", 125000, "money", "đồng/kg",
          "giá cá bớp tại lồng bình quân", period=Y23s),
        F("đạt 45-60 triệu", "45", 45_000_000, "money", "đồng/lồng/năm", "lợi nhuận bình quân",
          value_max=60_000_000, period=inherit(Y23s)),
        F("trên 1 tỷ đồng", "1", 1_000_000_000, "money", "đồng", "lãi của hộ nuôi",
          approx="over", period=inherit(Y23s)),
        F("lên 2.300 lồng", "2.300", 2300, "count", "lồng", "tổng số lồng",
          status="target", period=Y24),
        F("hỗ trợ 30 hộ", "30", 30, "count", "hộ", "hộ được hỗ trợ chuyển sang lồng HDPE",
          status="target", period=Y24),
        F("tối đa 50 triệu đồng", "50", 50_000_000, "money", "đồng/hộ", "mức hỗ trợ mỗi hộ",
          approx="at_most", status="target", period=Y24),
        F("từ 8 cm trở lên", "8", 8, "measure", "cm", "cỡ giống thả", approx="at_least",
          optional=True),
        F("không quá 15 con/m3", "15", 15, "measure", "con/m3", "mật độ thả nuôi",
          approx="at_most", optional=True),
    ]


NOTES = [
    "Department site (Chi cục Thủy sản Ninh Thuận): no dateline (published absent); footer address, phone, fax, visit counter.",
    "'vượt 14% kế hoạch, tăng 18,5% so với năm 2022': the gap to plan is the first change (attribute of 1.140 tấn, baseline 'kế hoạch'); the second change is a percent figure of its own, optional.",
    "'Năm 2023,' opens the paragraph in the previous sentence, so the 1.140 tấn sentence inherits it.",
    "'trong đó huyện Ninh Hải 121 hộ' -> total 168, location Ninh Hải.",
    "Table pasted one cell per line: subject = row label, unit from the '(lồng)'/'(tấn)' in the row label; period from the column header (scored); 'Kế hoạch 2024' column -> status target.",
    "'45-60 triệu đồng/lồng/năm' keeps the denominators in the unit. Extension advice 'từ 8 cm trở lên', 'không quá 15 con/m3' are thresholds: optional.",
    "Distractors: '194 Ngô Gia Tự', phone/fax '0259.3822.416', '0259.3830.152', 'Lượt truy cập: 1.284.530', 'Đang trực tuyến: 27'.",
]

if __name__ == "__main__":
    t = unicodedata.normalize("NFC", TEXT.strip("\n") + "\n")
    write(7, TEXT, figs(t), NOTES, published=None, location="Ninh Thuận")

from lib import F, P, I, Y, CH, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO HÀ NỘI
Trang chủ » Di sản văn hóa » Tin hoạt động

Không gian thư pháp, tranh dân gian dịp Tết thu hút hơn 351.000 lượt khách

Dịp Tết Nguyên đán Giáp Thìn, thành phố tổ chức 9 không gian thư pháp, tranh dân gian tại 4 quận, huyện, với sự tham gia của 132 ông đồ và 18 nghệ nhân các làng tranh Hàng Trống, Kim Hoàng. Tổng lượt khách đạt 351.200 lượt, tăng 20,4% so với năm 2023; trong đó quận Đống Đa đón nhiều nhất với 198.500 lượt.

Số lượt khách đến không gian thư pháp, tranh dân gian dịp Tết
Đơn vị tính: lượt khách

Quận, huyện
Năm 2023
Năm 2024
Tăng (%)
Đống Đa
165.000
198.500
20,3
Hoàn Kiếm
72.400
90.000
24,3
Ba Đình
48.000
53.600
11,7
Hoài Đức
6.200
9.100
46,8
Tổng cộng
291.600
351.200
20,4

Tại Văn Miếu - Quốc Tử Giám (quận Đống Đa), các ông đồ cho khoảng 41.000 chữ; khu trải nghiệm in tranh thu hút khoảng 6.500 lượt học sinh. Kinh phí tổ chức các không gian khoảng 3,2 tỷ đồng, chủ yếu từ nguồn xã hội hóa.

Lần đầu tiên, làng tranh Kim Hoàng (xã Vân Canh, huyện Hoài Đức) mở cửa đón khách trải nghiệm in tranh, giá vé 40.000 đồng/người. Sở đề nghị các quận, huyện duy trì tổ chức hằng năm, phấn đấu năm 2025 đón 400.000 lượt khách.

Liên hệ: 47 Hàng Dầu, Hoàn Kiếm, Hà Nội | Tổng số lượt truy cập: 4.215.887
"""

Y23, Y24 = Y(2023, "Năm 2023"), Y(2024, "Năm 2024")
IND = "Số lượt khách đến không gian thư pháp, tranh dân gian dịp Tết"
ROWS = [
    ("Đống Đa", "Đống Đa\n165.000", "165.000", "\n198.500\n", "198.500", "20,3", "20,3"),
    ("Hoàn Kiếm", "72.400", "72.400", "90.000", "90.000", "24,3", "24,3"),
    ("Ba Đình", "48.000", "48.000", "53.600", "53.600", "11,7", "11,7"),
    ("Hoài Đức", "6.200", "6.200", "9.100", "9.100", "46,8", "46,8"),
    ("Hà Nội", "291.600", "291.600", "\n351.200\n", "351.200", "\n20,4\n", "20,4"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("hơn 351.000 lượt khách", "351.000", 351000, "count", "lượt khách",
      "lượt khách đến không gian thư pháp, tranh dân gian dịp Tết", approx="over"),
    F("tổ chức 9 không gian", "9", 9, "count", "không gian", "không gian thư pháp, tranh dân gian thành phố tổ chức"),
    F("tại 4 quận, huyện", "4", 4, "count", "quận, huyện", "quận, huyện tổ chức không gian thư pháp, tranh dân gian"),
    F("của 132 ông đồ", "132", 132, "count", "ông đồ", "ông đồ tham gia"),
    F("và 18 nghệ nhân", "18", 18, "count", "nghệ nhân", "nghệ nhân các làng tranh tham gia"),
    F("đạt 351.200 lượt", "351.200", 351200, "count", "lượt", "tổng lượt khách",
      change=CH("increase", 20.4, baseline="năm 2023")),
    F("với 198.500 lượt", "198.500", 198500, "count", "lượt", "lượt khách", total=351200, location="Đống Đa"),
]
for place, a23, n23, a24, n24, ap, npct in ROWS:
    loc = {} if place == "Hà Nội" else {"location": place}
    FIGS += [
        F(a23, n23, num(n23), "count", "lượt khách", f"{IND} năm 2023", Y23, **loc),
        F(a24, n24, num(n24), "count", "lượt khách", f"{IND} năm 2024", Y24, **loc),
        F(ap, npct, num(npct), "percent", "%", f"{IND} tăng", **loc),
    ]
FIGS += [
    F("khoảng 41.000 chữ", "41.000", 41000, "count", "chữ", "chữ các ông đồ cho tại Văn Miếu - Quốc Tử Giám", approx="about",
      location="Đống Đa"),
    F("khoảng 6.500 lượt học sinh", "6.500", 6500, "count", "lượt học sinh", "lượt học sinh khu trải nghiệm in tranh thu hút",
      approx="about", location="Đống Đa"),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí tổ chức các không gian", approx="about"),
    F("40.000 đồng/người", "40.000", 40000, "money", "đồng/người", "giá vé trải nghiệm in tranh làng tranh Kim Hoàng",
      location="Hoài Đức"),
    F("đón 400.000 lượt khách", "400.000", 400000, "count", "lượt khách",
      "lượt khách đến không gian thư pháp, tranh dân gian", Y(2025), status="target"),
]

COMMENTS = [
    "Department site (Sở VHTT Hà Nội), no dateline, visit counter in the footer: Tết Giáp Thìn 2024 calligraphy / folk-painting spaces.",
    "One-cell-per-line table with 'Đơn vị tính: lượt khách', columns Năm 2023 | Năm 2024 | Tăng (%), rows by district + 'Tổng cộng'.",
    "Every numeric cell is a figure; district row labels go to location (Tổng cộng row: Hà Nội), subject = table title + column;",
    "periods from the year columns (scored, as h23); the 'Tăng (%)' cells are growth rates as claims: percent, no change, no period.",
    "Prose: 'Tổng lượt khách đạt 351.200 lượt, tăng 20,4% so với năm 2023' (change attached); 'trong đó quận Đống Đa … 198.500 lượt'",
    "is a part of the 351.200 (total) with location Đống Đa. Headline 'hơn 351.000' is its own figure (over).",
    "Tết Giáp Thìn gives no period the spec reads, and no year is written next to the prose figures: left without period.",
    "revised: the five 'Tăng (%)' cells had the invented subject 'Tăng số lượt khách năm 2024 so với năm 2023'; now table title + column",
    "label like the year cells of the same table (FIGURES.md: subject = row label + column label, a place row goes to location).",
    "Distractors: '47 Hàng Dầu', 'Tổng số lượt truy cập: 4.215.887', 'Lần đầu tiên', 'hằng năm'.",
]

if __name__ == "__main__":
    emit("p771-7", TEXT, COMMENTS, FIGS, location="Hà Nội")

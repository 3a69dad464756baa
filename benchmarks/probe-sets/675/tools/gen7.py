"""p675-7: department site (Sở VHTTDL Cao Bằng), no dateline — one-cell-per-line table of visitors by site (nghìn lượt), 9 months 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH CAO BẰNG
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Lượt khách đến các khu, điểm du lịch trong vùng Công viên địa chất Non nước Cao Bằng

9 tháng năm 2024, các khu, điểm du lịch trong vùng Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng đón 1,16 triệu lượt khách, tăng 9,7% so với cùng kỳ năm 2023, trong đó khách quốc tế 38.400 lượt. Doanh thu du lịch ước đạt 1.027 tỷ đồng.

Bảng 2. Lượt khách đến một số khu, điểm du lịch
Đơn vị tính: nghìn lượt
Khu, điểm du lịch
Năm 2022
Năm 2023
Kế hoạch 2024
Thác Bản Giốc (Trùng Khánh)
412,5
598,3
650
Khu di tích Pác Bó (Hà Quảng)
356,2
421,8
480
Động Ngườm Ngao (Trùng Khánh)
135,4
187,9
210
Hồ Thang Hen (Quảng Hòa)
48,6
62,1
75

Năm 2023, toàn vùng có 2.640 lao động trực tiếp trong ngành du lịch, bình quân 5,2 lao động/cơ sở lưu trú. Mật độ cơ sở lưu trú trong vùng đạt 9,6 cơ sở/vạn dân, cao hơn mức bình quân toàn tỉnh 1,8 cơ sở/vạn dân.

Để được tư vấn về tuyến, điểm tham quan, du khách liên hệ Trung tâm Thông tin và Xúc tiến du lịch, số 04 Xuân Trường, phường Hợp Giang, thành phố Cao Bằng; điện thoại 0206.3852.615.

Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng
Tổng lượt truy cập: 1.284.906
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = I("Năm 2023", "2023-01-01", "2023-12-31")


def row(cells, site, loc):
    out = []
    for (a, n, v), per, st, col in zip(cells, (Y22, Y23c, K24), ("actual", "actual", "target"),
                                       ("năm 2022", "năm 2023", "kế hoạch 2024")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(a, n, v, "count", "lượt", f"lượt khách đến {site} {col}", per, location=loc, **kw))
    return out


FIGS = [
    F("đón 1,16 triệu lượt khách", "1,16", 1160000, "count", "lượt khách",
      "lượt khách đến các khu, điểm du lịch trong vùng Công viên địa chất", M9,
      change=CH("increase", 9.7, baseline="cùng kỳ năm 2023")),
    F("khách quốc tế 38.400 lượt", "38.400", 38400, "count", "lượt", "khách quốc tế", M9, total=1160000),
    F("ước đạt 1.027 tỷ đồng", "1.027", 1027000000000, "money", "đồng", "doanh thu du lịch", M9i, status="estimate"),
]
FIGS += row([("412,5", "412,5", 412500), ("598,3", "598,3", 598300), ("\n650\n", "650", 650000)],
            "Thác Bản Giốc", "Trùng Khánh")
FIGS += row([("356,2", "356,2", 356200), ("421,8", "421,8", 421800), ("\n480\n", "480", 480000)],
            "Khu di tích Pác Bó", "Hà Quảng")
FIGS += row([("135,4", "135,4", 135400), ("187,9", "187,9", 187900), ("\n210\n", "210", 210000)],
            "Động Ngườm Ngao", "Trùng Khánh")
FIGS += row([("48,6", "48,6", 48600), ("62,1", "62,1", 62100), ("\n75\n", "75", 75000)],
            "Hồ Thang Hen", "Quảng Hòa")
FIGS += [
    F("có 2.640 lao động", "2.640", 2640, "count", "lao động", "lao động trực tiếp trong ngành du lịch", Y23),
    F("bình quân 5,2 lao động/cơ sở lưu trú", "5,2", 5.2, "measure", "lao động/cơ sở lưu trú",
      "lao động bình quân trên cơ sở lưu trú", Y23),
    F("đạt 9,6 cơ sở/vạn dân", "9,6", 9.6, "measure", "cơ sở/vạn dân", "mật độ cơ sở lưu trú trong vùng", Y23i,
      change=CH("increase", 1.8, "cơ sở/vạn dân", baseline="mức bình quân toàn tỉnh")),
]

COMMENTS = [
    "Sở VHTTDL tỉnh Cao Bằng (department site), no dateline: visitors in Non nước Cao Bằng geopark, 9 months of 2024,",
    "and a table with one cell per line (Khu, điểm du lịch / Năm 2022 / Năm 2023 / Kế hoạch 2024), 'Đơn vị tính: nghìn lượt' (x1000, unit lượt).",
    "Table: subject = site + column; the district in each row label's bracket goes to location; periods from column headers (scored);",
    "'Kế hoạch 2024' -> target. 'Bảng 2' is a table number. Not figures: address 'số 04 Xuân Trường', phone, 'Tổng lượt truy cập: 1.284.906'.",
    "'cao hơn mức bình quân toàn tỉnh 1,8 cơ sở/vạn dân' is the change of the 9,6 rate; 'vạn dân' is a rate denominator.",
    "No date of its own: `published` null. 38.400 international visitors follow 'trong đó' after 1,16 triệu (total).",
]

if __name__ == "__main__":
    emit("p675-7", TEXT, COMMENTS, FIGS, published=None, location="Cao Bằng")

"""p923-1: province portal, Hải Dương, catfish ponds H1/2024."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Hải Dương: Nuôi cá trê, cá lăng trong ao cho giá trị gấp 3 lần trồng lúa
Cập nhật: 14/08/2024 09:15 | Lượt xem: 2.316

6 tháng đầu năm 2024, diện tích nuôi cá da trơn trong ao của tỉnh ước đạt 412 ha, tăng 8,4% so với cùng kỳ năm 2023, trong đó cá trê 265 ha, cá lăng 147 ha. Sản lượng thu hoạch ước đạt 9.850 tấn, đạt 52,4% kế hoạch năm. Các huyện có diện tích nuôi lớn là Ninh Giang (96 ha), Thanh Miện (78 ha), Tứ Kỳ (64 ha) và Gia Lộc (51 ha).

Tính đến 30/6, toàn tỉnh có 1.240 hộ nuôi cá da trơn, trong đó 186 hộ nuôi theo quy trình VietGAP, chiếm 15%. Mật độ thả cá trê phổ biến từ 50 đến 70 con/m2, cá lăng 8-10 con/m2. Năng suất bình quân cá trê đạt 28 tấn/ha/vụ, cá lăng khoảng 18 tấn/ha.

Giá cá trê thương phẩm hiện dao động 32.000-35.000 đồng/kg. Cá lăng được thương lái thu mua từ 110.000 đến 120.000 đồng/kg, cao hơn khoảng 10% so với đầu năm. Sau khi trừ chi phí, ao nuôi cá lăng cho lãi trên 350 triệu đồng/ha/năm. Giá trị thu được trên 1 ha ao nuôi gấp 3 lần trồng lúa.

Ông Vũ Văn Bảy, thôn Lộ Xuyên, xã Vĩnh Hòa (Ninh Giang) cho biết, gia đình ông có 1,2 ha ao nuôi cá lăng, mỗi năm xuất bán gần 20 tấn cá.

Thực hiện Quyết định số 1126/QĐ-UBND ngày 15/5/2023 của UBND tỉnh, năm 2024 tỉnh phấn đấu đưa diện tích nuôi cá da trơn trong ao lên 450 ha, sản lượng đạt 18.800 tấn; đồng thời hỗ trợ 30% chi phí con giống cho hộ nuôi mới, tối đa 50 triệu đồng/hộ.

Liên hệ: Sở Nông nghiệp và PTNT, số 209 Nguyễn Lương Bằng, TP Hải Dương. ĐT: 0220.3852.547
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích nuôi cá da trơn trong ao"

FIGS = [
    F("cho giá trị gấp 3 lần trồng lúa", "3", 3, "multiple", "lần",
      "giá trị nuôi cá trê, cá lăng trong ao so với trồng lúa"),
    F("ước đạt 412 ha", "412", 412, "measure", "ha", AREA, H1,
      change=C("increase", 8.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("cá trê 265 ha", "265", 265, "measure", "ha", "diện tích nuôi cá trê", H1,
      total=412, status="estimate"),
    F("cá lăng 147 ha", "147", 147, "measure", "ha", "diện tích nuôi cá lăng", H1,
      total=412, status="estimate"),
    F("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", "sản lượng thu hoạch cá da trơn", I(H1),
      percent=52.4, status="estimate"),
    F("Ninh Giang (96 ha)", "96", 96, "measure", "ha", "diện tích nuôi cá da trơn", I(H1), location="Ninh Giang"),
    F("Thanh Miện (78 ha)", "78", 78, "measure", "ha", "diện tích nuôi cá da trơn", I(H1), location="Thanh Miện"),
    F("Tứ Kỳ (64 ha)", "64", 64, "measure", "ha", "diện tích nuôi cá da trơn", I(H1), location="Tứ Kỳ"),
    F("Gia Lộc (51 ha)", "51", 51, "measure", "ha", "diện tích nuôi cá da trơn", I(H1), location="Gia Lộc"),
    F("có 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ nuôi cá da trơn",
      P("Tính đến 30/6", None, "2024-06-30")),
    F("trong đó 186 hộ", "186", 186, "count", "hộ", "hộ nuôi theo quy trình VietGAP",
      P("Tính đến 30/6", None, "2024-06-30"), total=1240, percent=15),
    F("từ 50 đến 70 con/m2", "50", 50, "measure", "con/m2", "mật độ thả cá trê", value_max=70),
    F("cá lăng 8-10 con/m2", "8", 8, "measure", "con/m2", "mật độ thả cá lăng", value_max=10),
    F("đạt 28 tấn/ha/vụ", "28", 28, "measure", "tấn/ha/vụ", "năng suất bình quân cá trê"),
    F("khoảng 18 tấn/ha", "18", 18, "measure", "tấn/ha", "năng suất bình quân cá lăng", approx="about"),
    F("dao động 32.000-35.000 đồng/kg", "32.000", 32000, "money", "đồng/kg",
      "giá cá trê thương phẩm", value_max=35000),
    F("từ 110.000 đến 120.000 đồng/kg", "110.000", 110000, "money", "đồng/kg",
      "giá cá lăng thương lái thu mua", value_max=120000,
      change=C("increase", 10, "%", "đầu năm", approx="about")),
    F("lãi trên 350 triệu đồng/ha/năm", "350", 350_000_000, "money", "đồng/ha/năm",
      "lãi ao nuôi cá lăng", approx="over"),
    F("ao nuôi gấp 3 lần trồng lúa", "3", 3, "multiple", "lần",
      "giá trị thu được trên 1 ha ao nuôi so với trồng lúa"),
    F("có 1,2 ha ao", "1,2", 1.2, "measure", "ha", "diện tích ao nuôi cá lăng của gia đình ông Vũ Văn Bảy",
      location="Ninh Giang"),
    F("gần 20 tấn cá", "20", 20, "measure", "tấn/năm", "cá xuất bán mỗi năm", approx="nearly",
      location="Ninh Giang"),
    F("lên 450 ha", "450", 450, "measure", "ha", AREA, Y24, status="target"),
    F("sản lượng đạt 18.800 tấn", "18.800", 18800, "measure", "tấn", "sản lượng cá da trơn nuôi ao", Y24,
      status="target"),
    F("hỗ trợ 30% chi phí", "30", 30, "percent", "%", "mức hỗ trợ chi phí con giống cho hộ nuôi mới", Y24,
      status="target"),
    F("tối đa 50 triệu đồng/hộ", "50", 50_000_000, "money", "đồng/hộ", "mức hỗ trợ tối đa chi phí con giống",
      Y24, approx="at_most", status="target"),
]

COMMENTS = [
    "Province portal (Hải Dương): pond farming of cá trê and cá lăng, H1/2024; invented for probe set 923.",
    "Breadcrumb, 'Cập nhật: 14/08/2024 09:15 | Lượt xem: 2.316' (dateline; the view counter is furniture).",
    "Not figures: Quyết định số 1126/QĐ-UBND ngày 15/5/2023, số 209 Nguyễn Lương Bằng, phone, 'trên 1 ha' (a rate's base), Ông Vũ Văn Bảy.",
    "District list in brackets does not add up to 412 ha: no total. 'đạt 52,4% kế hoạch năm' is the percent of 9.850 tấn.",
    "'cao hơn khoảng 10% so với đầu năm' is the change of the cá lăng price (its own sentence from the cá trê price).",
    "The farmer's figures are located in Ninh Giang (his commune's district). 'mỗi năm xuất bán gần 20 tấn' -> unit tấn/năm.",
    "Target clause 'năm 2024 tỉnh phấn đấu ...; đồng thời hỗ trợ 30% ..., tối đa 50 triệu đồng/hộ' is all target.",
]

if __name__ == "__main__":
    build("p923-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Hải Dương")

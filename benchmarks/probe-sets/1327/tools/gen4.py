"""p1327-4: ministry site (Bộ Nông nghiệp và PTNT, Cục Bảo vệ thực vật): national fertiliser market 2023."""
from lib import F, period, inherited, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Thị trường phân bón năm 2023: nhập khẩu giảm mạnh về trị giá

22/01/2024 | 09:30 | Cục Bảo vệ thực vật

Năm 2023, sản lượng phân bón sản xuất trong nước ước đạt 8,9 triệu tấn, tăng 3,5% so với năm 2022, trong đó phân urê khoảng 2,6 triệu tấn, phân NPK khoảng 3,1 triệu tấn. Cả nước hiện có khoảng 800 cơ sở sản xuất phân bón, tổng công suất trên 30 triệu tấn/năm; riêng phân urê có 4 nhà máy với công suất 2,65 triệu tấn/năm, đáp ứng đủ nhu cầu trong nước.

Về nhập khẩu, năm 2023 cả nước nhập khẩu 4,2 triệu tấn phân bón các loại, trị giá 1,42 tỷ USD, giảm 6,2% về lượng nhưng giảm tới 35,4% về trị giá so với năm 2022. Trung Quốc là thị trường cung cấp lớn nhất với 1,9 triệu tấn, chiếm 45,2% tổng lượng nhập khẩu; tiếp đến là Nga (410.000 tấn) và Nhật Bản (305.000 tấn).

Xuất khẩu phân bón năm 2023 đạt 1,66 triệu tấn, trị giá 678 triệu USD; Campuchia là thị trường xuất khẩu lớn nhất, chiếm khoảng 30% lượng xuất khẩu. Việt Nam hiện đứng thứ 2 Đông Nam Á về công suất sản xuất phân urê.

Cục Bảo vệ thực vật dự báo nhu cầu phân bón năm 2024 khoảng 10,5-11 triệu tấn; giá phân bón trong nước dự kiến giảm từ 5 đến 10% so với năm 2023. Theo Chiến lược phát triển ngành phân bón, mục tiêu đến năm 2030 phân bón hữu cơ chiếm 25% tổng lượng phân bón sử dụng.

Thông tin liên quan: Nghị định số 84/2019/NĐ-CP; Luật Trồng trọt năm 2018.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
BY2030 = period("đến năm 2030", None, "2030-12-31")
IMP = "lượng phân bón nhập khẩu"

FIGS = [
    F("ước đạt 8,9 triệu", "8,9", 8.9e6, "measure", "tấn", "sản lượng phân bón sản xuất trong nước", Y23,
      status="estimate", change=change("increase", 3.5, "%", "năm 2022")),
    F("urê khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "tấn", "sản lượng phân urê", Y23,
      approx="about", total=8.9e6, status="estimate"),
    F("NPK khoảng 3,1 triệu", "3,1", 3.1e6, "measure", "tấn", "sản lượng phân NPK", Y23,
      approx="about", total=8.9e6, status="estimate"),
    F("khoảng 800 cơ sở", "800", 800, "count", "cơ sở", "cơ sở sản xuất phân bón", approx="about"),
    F("trên 30 triệu", "30", 30e6, "measure", "tấn/năm", "tổng công suất", approx="over"),
    F("có 4 nhà máy", "4", 4, "count", "nhà máy", "nhà máy phân urê"),
    F("suất 2,65 triệu", "2,65", 2.65e6, "measure", "tấn/năm", "công suất nhà máy phân urê"),
    F("nhập khẩu 4,2 triệu", "4,2", 4.2e6, "measure", "tấn", "phân bón các loại nhập khẩu", y23,
      change=change("decrease", 6.2, "%", "năm 2022")),
    F("trị giá 1,42 tỷ", "1,42", 1.42e9, "money", "USD", "trị giá nhập khẩu phân bón", y23,
      change=change("decrease", 35.4, "%", "năm 2022")),
    F("với 1,9 triệu", "1,9", 1.9e6, "measure", "tấn", IMP + " từ Trung Quốc", inherited(y23), percent=45.2),
    F("Nga (410.000 tấn)", "410.000", 410000, "measure", "tấn", IMP + " từ Nga", inherited(y23)),
    F("Bản (305.000 tấn)", "305.000", 305000, "measure", "tấn", IMP + " từ Nhật Bản", inherited(y23)),
    F("đạt 1,66 triệu", "1,66", 1.66e6, "measure", "tấn", "xuất khẩu phân bón", y23),
    F("trị giá 678 triệu", "678", 678e6, "money", "USD", "trị giá xuất khẩu phân bón", y23),
    F("khoảng 30% lượng", "30", 30, "percent", "%", "tỷ trọng thị trường Campuchia trong lượng xuất khẩu", y23,
      approx="about"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "công suất sản xuất phân urê Đông Nam Á"),
    F("khoảng 10,5-11 triệu", "10,5", 10.5e6, "measure", "tấn", "nhu cầu phân bón", Y24,
      value_max=11e6, approx="about", status="forecast"),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giá phân bón trong nước giảm", Y24, value_max=10, status="forecast"),
    F("chiếm 25%", "25", 25, "percent", "%", "phân bón hữu cơ trong tổng lượng phân bón sử dụng", BY2030,
      status="target"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/01/2024 | 09:30 | Cục Bảo vệ thực vật' (published), related documents, footer. National: Việt Nam.",
    "'ước đạt 8,9 triệu tấn …, trong đó … khoảng 2,6 / 3,1 triệu tấn' → parts take total 8,9 triệu and the estimate status.",
    "'4,2 triệu tấn …, trị giá 1,42 tỷ USD, giảm 6,2% về lượng nhưng giảm tới 35,4% về trị giá': 'về lượng' / 'về trị giá' send",
    "each change to its own figure (borderline for a reader who takes the first change as the dollar figure's).",
    "Trade partners (Trung Quốc, Nga, Nhật Bản, Campuchia) are not places: location Việt Nam; the list items share the indicator",
    "'lượng phân bón nhập khẩu'; their period 'năm 2023' stands in the previous sentence (inherited). 'chiếm 45,2%' → percent of 1,9 triệu.",
    "'Campuchia … chiếm khoảng 30% lượng xuất khẩu' changes the subject after ';': a percent figure of its own, not a share of 678 triệu USD.",
    "'đứng thứ 2 Đông Nam Á' → rank, location Việt Nam, no period ('hiện'). 'dự báo', 'dự kiến' → forecast; the price fall is for năm 2024",
    "(stated earlier in the sentence), 'năm 2023' being its baseline. 'mục tiêu đến năm 2030 … chiếm 25%' → target, start null.",
    "Distractors: time 09:30, Nghị định số 84/2019/NĐ-CP, 'Luật Trồng trọt năm 2018', 'Số 2 Ngọc Hà'.",
]

if __name__ == "__main__":
    write("p1327-4", TEXT, NOTES, FIGS, published="2024-01-22", location="Việt Nam")

"""p1410-3: formal report (Sở NN&PTNT Hưng Yên, Số: 215/BC-SNN): BSF household model 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HƯNG YÊN
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 215/BC-SNN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện mô hình xử lý rác thải hữu cơ bằng ruồi lính đen năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, kinh phí
Thực hiện Kế hoạch số 86/KH-UBND ngày 20/3/2024 của UBND tỉnh, năm 2024 mô hình được triển khai tại 4 huyện với 312 hộ tham gia, đạt 104% kế hoạch. Tổng kinh phí 1,85 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,2 tỷ đồng, người dân đối ứng 650 triệu đồng.

2. Lượng rác thải hữu cơ được xử lý
Đơn vị tính: tấn
Huyện | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Khoái Châu | 412 | 968 | 235,0
Văn Giang | 286 | 574 | 200,7
Kim Động | - | 315 | -
Phù Cừ | - | 207 | -
Tổng cộng | 698 | 2.064 | 295,7

3. Hiệu quả
Từ 2.064 tấn rác, các hộ thu được 351 tấn ấu trùng tươi, tương đương 17% khối lượng rác đưa vào nuôi; giá trị ấu trùng và phân bón hữu cơ ước đạt 2,6 tỷ đồng. Mỗi hộ tiết kiệm 1,5-2 triệu đồng/tháng tiền thức ăn chăn nuôi. Lượng rác phải vận chuyển đến khu xử lý tập trung của các huyện giảm khoảng 9%.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu nhân rộng mô hình lên 500 hộ tại 6 huyện, thị xã; xử lý 3.500 tấn rác thải hữu cơ, tăng khoảng 70% so với năm 2024. Dự kiến kinh phí thực hiện 2,4 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Sở Tài nguyên và Môi trường;
- Lưu: VT, CCCNTY.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
IND = "rác thải hữu cơ được xử lý"


def cell(anchor, number, place, col):
    loc = {} if place is None else {"location": place}
    row = "tổng cộng " if place is None else ""
    if col == "%":
        return F(anchor, number, float(number.replace(".", "").replace(",", ".")), "percent", "%",
                 subject=f"{IND} {row}so với cùng kỳ", **loc)
    per = Y23c if col == "2023" else Y24c
    v = float(number.replace(".", ""))
    return F(anchor, number, v, "measure", "tấn", subject=f"{IND} {row}năm {col}", period=per, **loc)


FIGS = [
    F("tại 4 huyện", "4", 4, "count", "huyện", subject="huyện triển khai mô hình", period=Y24),
    F("với 312 hộ", "312", 312, "count", "hộ", percent=104, subject="hộ tham gia mô hình", period=Y24),
    F("kinh phí 1,85 tỷ", "1,85", 1.85e9, "money", "đồng", subject="tổng kinh phí", period=I(Y24)),
    F("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", total=1.85e9, subject="ngân sách tỉnh hỗ trợ",
      period=I(Y24)),
    F("650 triệu", "650", 650e6, "money", "đồng", total=1.85e9, subject="người dân đối ứng", period=I(Y24)),
    cell("Khoái Châu | 412", "412", "Khoái Châu", "2023"),
    cell("412 | 968", "968", "Khoái Châu", "2024"),
    cell("968 | 235,0", "235,0", "Khoái Châu", "%"),
    cell("Văn Giang | 286", "286", "Văn Giang", "2023"),
    cell("286 | 574", "574", "Văn Giang", "2024"),
    cell("574 | 200,7", "200,7", "Văn Giang", "%"),
    cell("Động | - | 315", "315", "Kim Động", "2024"),
    cell("Cừ | - | 207", "207", "Phù Cừ", "2024"),
    cell("Tổng cộng | 698", "698", None, "2023"),
    cell("698 | 2.064", "2.064", None, "2024"),
    cell("2.064 | 295,7", "295,7", None, "%"),
    F("Từ 2.064 tấn", "2.064", 2064, "measure", "tấn", subject="rác đưa vào nuôi", period=I(Y24)),
    F("thu được 351 tấn", "351", 351, "measure", "tấn", percent=17,
      subject="ấu trùng tươi các hộ thu được", period=I(Y24)),
    F("ước đạt 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", status="estimate",
      subject="giá trị ấu trùng và phân bón hữu cơ", period=I(Y24)),
    F("1,5-2 triệu", "1,5", 1.5e6, "money", "đồng/tháng", value_max=2e6,
      subject="tiền thức ăn chăn nuôi mỗi hộ tiết kiệm"),
    F("giảm khoảng 9%", "9", 9, "percent", "%", approx="about",
      subject="lượng rác phải vận chuyển đến khu xử lý tập trung giảm", period=I(Y24)),
    F("lên 500 hộ", "500", 500, "count", "hộ", status="target", subject="hộ tham gia mô hình", period=Y25),
    F("tại 6 huyện", "6", 6, "count", "huyện, thị xã", status="target",
      subject="huyện, thị xã nhân rộng mô hình", period=Y25),
    F("xử lý 3.500 tấn", "3.500", 3500, "measure", "tấn", status="target",
      change=C("increase", 70, "%", "năm 2024", approx="about"),
      subject="rác thải hữu cơ xử lý", period=Y25),
    F("hiện 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", status="forecast", subject="kinh phí thực hiện",
      period=I(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN / SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Số: 215/BC-SNN', 'Hưng Yên, ngày 16 tháng 12 năm 2024' (published),",
    "sections I/II and 1-3, 'Nơi nhận'. Distractors: 'Kế hoạch số 86/KH-UBND ngày 20/3/2024', section numbers, 'Lưu: VT', '(b/c)', '-' cells.",
    "'đạt 104% kế hoạch' is the percent of 312 hộ. 1,2 tỷ and 650 triệu after 'trong đó' take total 1,85 tỷ (period inherited from the previous sentence).",
    "Flattened '|' table, 'Đơn vị tính: tấn': the district column is the place (location per row; 'Tổng cộng' row → Hưng Yên);",
    "subject = caption indicator + column label; period from 'Năm 2023' / 'Năm 2024' (scored); 'So với cùng kỳ (%)' cells are percent figures",
    "with no period (the header has none). '-' cells are not figures. Table cells get no total.",
    "Section 3 repeats the total 2.064 tấn (a figure again); '351 tấn ..., tương đương 17%' → percent 17. 1,5-2 triệu đồng/tháng is a standing rate.",
    "Section II: 'Năm 2025, phấn đấu' governs the sentence (target); 'tăng khoảng 70% so với năm 2024' is the change of 3.500 tấn; 'Dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1410-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Hưng Yên")

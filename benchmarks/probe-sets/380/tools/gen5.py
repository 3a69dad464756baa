from lib import F, P, Y, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐẠI TỪ
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đại Từ, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả phát triển sản xuất chè an toàn, hữu cơ năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2024, tổng diện tích chè toàn huyện ước đạt 6.920 ha; sản lượng chè búp tươi ước đạt 118.500 tấn, tăng 3,2% so với năm 2023. Diện tích chè được cấp chứng nhận như sau:

Bảng 1. Diện tích chè được cấp chứng nhận
Đơn vị tính: ha
Tiêu chuẩn | Năm 2023 | Năm 2024 | Kế hoạch năm 2025
VietGAP | 1.845 | 2.130 | 2.400
Hữu cơ | 96,5 | 142,3 | 200
Rainforest Alliance | 310 | 352 | 400
Tổng cộng | 2.251,5 | 2.624,3 | 3.000

2. Tổ chức sản xuất, liên kết
Toàn huyện có 38 hợp tác xã chè, trong đó 21 HTX có sản phẩm đạt chứng nhận VietGAP hoặc hữu cơ; 27 sản phẩm chè được công nhận OCOP từ 3 sao trở lên. Giá chè búp khô sản xuất theo hướng hữu cơ bình quân 450.000 - 600.000 đồng/kg, cao hơn khoảng 30% so với chè thông thường.

3. Kinh phí hỗ trợ
Năm 2024, huyện đã hỗ trợ 2.350 triệu đồng cho 16 HTX, tổ hợp tác để cấp mới, cấp lại giấy chứng nhận, đạt 117,5% dự toán (2.000 triệu đồng).

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu diện tích chè đạt chứng nhận VietGAP, hữu cơ và tương đương đạt 3.000 ha, chiếm trên 43% tổng diện tích chè; 100% HTX chè có hợp đồng liên kết tiêu thụ sản phẩm.

Nơi nhận:
- UBND tỉnh Thái Nguyên (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Tuấn
"""

Y23 = Y("Năm 2023", 2023)
Y24 = Y("Năm 2024", 2024)
Y24i = Y("năm 2024", 2024, inh=True)
Y25 = Y("Kế hoạch năm 2025", 2025)
Y25i = Y("NĂM 2025", 2025, inh=True)


def row(label, cells, unit="ha"):
    """cells: list of (anchor, number, value) for Năm 2023, Năm 2024, Kế hoạch năm 2025."""
    out = []
    for (a, n, v), (col, per, st) in zip(cells, [("năm 2023", Y23, None), ("năm 2024", Y24, None),
                                                  ("kế hoạch năm 2025", Y25, "target")]):
        kw = {"status": st} if st else {}
        out.append(F(a, n, v, "measure", unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("ước đạt 6.920 ha", "6.920", 6920, "measure", "ha", "tổng diện tích chè", Y24, status="estimate"),
    F("ước đạt 118.500 tấn", "118.500", 118500, "measure", "tấn", "sản lượng chè búp tươi", Y24,
      change=CH("increase", 3.2, "%", "năm 2023"), status="estimate"),
    *row("VietGAP", [("VietGAP | 1.845", "1.845", 1845), ("1.845 | 2.130", "2.130", 2130),
                     ("2.130 | 2.400", "2.400", 2400)]),
    *row("Hữu cơ", [("Hữu cơ | 96,5", "96,5", 96.5), ("96,5 | 142,3", "142,3", 142.3),
                    ("142,3 | 200", "200", 200)]),
    *row("Rainforest Alliance", [("Alliance | 310", "310", 310), ("310 | 352", "352", 352),
                                 ("352 | 400", "400", 400)]),
    *row("Tổng cộng", [("Tổng cộng | 2.251,5", "2.251,5", 2251.5), ("2.251,5 | 2.624,3", "2.624,3", 2624.3),
                       ("2.624,3 | 3.000", "3.000", 3000)]),
    F("có 38 hợp tác xã", "38", 38, "count", "hợp tác xã", "hợp tác xã chè", Y24i),
    F("21 HTX", "21", 21, "count", "HTX", "HTX có sản phẩm đạt chứng nhận VietGAP hoặc hữu cơ", Y24i, total=38),
    F("27 sản phẩm", "27", 27, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP từ 3 sao trở lên", Y24i),
    F("từ 3 sao", "3", 3, "measure", "sao", optional=True),
    F("450.000 - 600.000 đồng/kg", "450.000", 450000, "money", "đồng/kg",
      "giá chè búp khô sản xuất theo hướng hữu cơ bình quân", Y24i, value_max=600000,
      change=CH("increase", 30, "%", "chè thông thường", approx="about")),
    F("hỗ trợ 2.350 triệu đồng", "2.350", 2.35e9, "money", "đồng",
      "kinh phí hỗ trợ cấp mới, cấp lại giấy chứng nhận", Y24, percent=117.5, target=TG(2e9, "đồng", True)),
    F("cho 16 HTX", "16", 16, "count", "HTX", "HTX, tổ hợp tác được hỗ trợ cấp giấy chứng nhận", Y24),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha",
      "diện tích chè đạt chứng nhận VietGAP, hữu cơ và tương đương", Y25i, percent=43, status="target"),
    F("100% HTX", "100", 100, "percent", "%", "HTX chè có hợp đồng liên kết tiêu thụ sản phẩm", Y25i,
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Đại Từ, Thái Nguyên, 'Số: 418/BC-UBND'); the place-and-date line gives published 2024-12-20.",
    "Flattened '|' table, 'Đơn vị tính: ha': every numeric cell is a figure, subject = row label + column label, period from the column",
    "header (row label + column label, as shared h23/h24; revised from 'diện tích chè được cấp chứng nhận <row> <col>'); the 'Kế hoạch năm 2025' column gives status target. '2.251,5' = 2251.5 (thousands dot, decimal comma). No totals for table cells.",
    "Section 2 stands under the report's year (inherited 'năm 2024'); 21 HTX after 'trong đó' takes total 38; 'OCOP từ 3 sao' criterion optional.",
    "Price range with 'cao hơn khoảng 30% so với chè thông thường' as change. '2.350 triệu đồng ..., đạt 117,5% dự toán (2.000 triệu đồng)':",
    "percent 117.5 and target 2·10⁹ (plan in brackets). Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives inherited period; 'Phấn đấu' → target;",
    "'chiếm trên 43%' is the percent of 3.000 ha. Distractors: document number, section numbers I./II./1./2./3., 'Bảng 1', 'Lưu: VT, NN'.",
]

if __name__ == "__main__":
    emit("p380-5", TEXT, COMMENTS, FIGS, published="2024-12-20", location="Đại Từ")

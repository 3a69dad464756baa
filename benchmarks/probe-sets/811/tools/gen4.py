from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TRUNG ƯƠNG
Trang chủ / Tin tức / Chương trình OCOP
Ngày đăng: 20/03/2025 | Lượt xem: 1.047

Sản phẩm OCOP từ mắm và đậu phụ: tăng về số lượng, nâng dần chất lượng

Theo Văn phòng Điều phối nông thôn mới Trung ương, tính đến ngày 31/12/2024, cả nước có 14.986 sản phẩm được công nhận OCOP, trong đó nhóm thực phẩm chiếm khoảng 70%. Riêng các sản phẩm mắm (mắm tôm, mắm cá, mắm ruốc), nước mắm và đậu phụ có 628 sản phẩm, tăng 115 sản phẩm so với cuối năm 2023. Trong đó, 452 sản phẩm đạt 3 sao, 169 sản phẩm đạt 4 sao và 7 sản phẩm đạt 5 sao.

Các địa phương có nhiều sản phẩm OCOP nhóm này nhất lần lượt là Khánh Hòa (48 sản phẩm), Thanh Hóa (41 sản phẩm), Kiên Giang (37 sản phẩm), Nghệ An (33 sản phẩm) và An Giang (29 sản phẩm).

Cả nước hiện có khoảng 3.200 cơ sở và hơn 21.000 hộ sản xuất mắm các loại, thu hút trên 65.000 lao động; ngoài ra có khoảng 9.500 hộ làm đậu phụ tại 112 làng nghề. Sản lượng mắm và nước mắm năm 2024 ước đạt 385 triệu lít, tăng 3,5% so với năm 2023.

Về an toàn thực phẩm, năm 2024 lực lượng chức năng đã kiểm tra 18.640 lượt cơ sở chế biến thủy sản truyền thống, phát hiện 2.115 lượt cơ sở vi phạm, chiếm 11,3%; phạt tiền gần 8,6 tỷ đồng. Tỷ lệ cơ sở vi phạm giảm 1,9 điểm phần trăm so với năm 2023.

Theo Quyết định số 919/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025, cả nước có ít nhất 700 sản phẩm OCOP thuộc nhóm mắm, nước mắm và đậu phụ; trên 90% cơ sở chế biến quy mô hộ được cấp giấy chứng nhận hoặc ký cam kết bảo đảm an toàn thực phẩm.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.9102
"""

ASOF = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TGT = P("đến năm 2025", None, "2025-12-31")
SUBJ = "sản phẩm OCOP từ mắm, nước mắm và đậu phụ"

FIGS = [
    F("có 14.986 sản phẩm", "14.986", 14986, "count", "sản phẩm", "sản phẩm được công nhận OCOP", period=ASOF),
    F("khoảng 70%", "70", 70, "percent", "%", "sản phẩm OCOP nhóm thực phẩm", approx="about", period=ASOF),
    F("có 628 sản phẩm", "628", 628, "count", "sản phẩm", SUBJ,
      change=C("increase", 115, "sản phẩm", "cuối năm 2023"), period=I(ASOF)),
    F("452 sản phẩm", "452", 452, "count", "sản phẩm", "sản phẩm OCOP nhóm mắm, đậu phụ đạt 3 sao", total=628,
      period=I(ASOF)),
    F("đạt 3 sao", "3", 3, "measure", "sao", optional=True),
    F("169 sản phẩm", "169", 169, "count", "sản phẩm", "sản phẩm OCOP nhóm mắm, đậu phụ đạt 4 sao", total=628,
      period=I(ASOF)),
    F("đạt 4 sao", "4", 4, "measure", "sao", optional=True),
    F("và 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm OCOP nhóm mắm, đậu phụ đạt 5 sao", total=628,
      period=I(ASOF)),
    F("đạt 5 sao", "5", 5, "measure", "sao", optional=True),
]
for place, n in (("Khánh Hòa", "48"), ("Thanh Hóa", "41"), ("Kiên Giang", "37"), ("Nghệ An", "33"), ("An Giang", "29")):
    FIGS.append(F(f"{place} ({n} sản phẩm)", n, int(n), "count", "sản phẩm", SUBJ, period=I(ASOF), location=place))
FIGS += [
    F("khoảng 3.200 cơ sở", "3.200", 3200, "count", "cơ sở", "cơ sở sản xuất mắm các loại", approx="about"),
    F("hơn 21.000 hộ", "21.000", 21000, "count", "hộ", "hộ sản xuất mắm các loại", approx="over"),
    F("trên 65.000 lao động", "65.000", 65000, "count", "lao động", "lao động sản xuất mắm", approx="over"),
    F("khoảng 9.500 hộ", "9.500", 9500, "count", "hộ", "hộ làm đậu phụ", approx="about"),
    F("112 làng nghề", "112", 112, "count", "làng nghề", "làng nghề đậu phụ"),
    F("ước đạt 385 triệu lít", "385", 385e6, "measure", "lít", "sản lượng mắm và nước mắm", status="estimate",
      change=C("increase", 3.5, "%", "năm 2023"), period=Y24),
    F("kiểm tra 18.640 lượt", "18.640", 18640, "count", "lượt cơ sở",
      "lượt cơ sở chế biến thủy sản truyền thống được kiểm tra", period=Y24),
    F("phát hiện 2.115 lượt", "2.115", 2115, "count", "lượt cơ sở", "lượt cơ sở vi phạm", percent=11.3, period=Y24),
    F("gần 8,6 tỷ đồng", "8,6", 8.6e9, "money", "đồng", "tiền phạt", approx="nearly", period=Y24),
    F("giảm 1,9 điểm phần trăm", "1,9", 1.9, "measure", "điểm phần trăm", "tỷ lệ cơ sở vi phạm so với năm 2023",
      period=I(Y24)),
    F("ít nhất 700 sản phẩm", "700", 700, "count", "sản phẩm", "sản phẩm OCOP thuộc nhóm mắm, nước mắm và đậu phụ",
      approx="at_least", status="target", period=TGT),
    F("trên 90% cơ sở", "90", 90, "percent", "%",
      "cơ sở chế biến quy mô hộ được cấp giấy chứng nhận hoặc ký cam kết bảo đảm an toàn thực phẩm",
      approx="over", status="target", period=TGT),
]

COMMENTS = [
    "Ministry site (Bộ NN&MT, Văn phòng Điều phối NTM TW): OCOP products from mắm / nước mắm / đậu phụ, national, 2024 (invented, probe set 811).",
    "Distractors: 'Ngày đăng: 20/03/2025', 'Lượt xem: 1.047', 'Quyết định số 919/QĐ-TTg', address 'Số 2 Ngọc Hà', phone.",
    "'chiếm khoảng 70%' after 'trong đó' is a share of another whole: a percent figure of its own. 452+169+7 = 628 (Trong đó).",
    "Ranking list 'lần lượt là Khánh Hòa (48 sản phẩm) ...' does not add up to 628: no total; provinces are locations.",
    "'giảm 1,9 điểm phần trăm' stands alone (no base amount in its sentence): a measure in 'điểm phần trăm', no change object.",
    "OCOP star ratings '3/4/5 sao' are category labels: optional.",
]

build("p811-4", TEXT, FIGS, comments=COMMENTS, published="2025-03-20", location="Việt Nam")

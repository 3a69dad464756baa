"""p999-4: Bộ LĐ-TB&XH site, national figures on people receiving benefits for toxic-chemical exposure (7/2024)."""
from lib import P, I, C, T, F, write

TEXT = """
BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Người có công
Ngày đăng: 26/07/2024 | Lượt xem: 1.108

Hơn 321 nghìn người hưởng chế độ do ảnh hưởng chất độc hóa học

Theo số liệu của Cục Người có công, tính đến ngày 30/6/2024, cả nước có 321.580 người đang hưởng chế độ ưu đãi do bị ảnh hưởng chất độc hóa học, gồm 178.245 người hoạt động kháng chiến và 143.335 con đẻ của họ. Các địa phương có số người hưởng chế độ nhiều nhất lần lượt là Nam Định (20.140 người), Thái Bình (19.875 người), Hà Nội (16.385 người) và Thanh Hóa (15.210 người). Riêng quý II/2024, các địa phương đã giải quyết mới 1.245 hồ sơ, tăng 8% so với quý I.

Theo Nghị định số 77/2024/NĐ-CP, mức chuẩn trợ cấp ưu đãi người có công được điều chỉnh từ 2.055.000 đồng lên 2.789.000 đồng, tăng 35,7%. Người hoạt động kháng chiến bị nhiễm chất độc hóa học suy giảm khả năng lao động từ 81% trở lên được hưởng 5.578.000 đồng/tháng. Tổng kinh phí chi trả trợ cấp năm 2024 dự kiến khoảng 8.650 tỷ đồng, tăng 15,2% so với năm 2023.

Bên cạnh chính sách của Nhà nước, 6 tháng đầu năm 2024, Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam đã tiếp nhận gần 62 tỷ đồng; hỗ trợ xây dựng 415 căn nhà và trao 12.600 suất quà cho nạn nhân.

Bộ đề nghị các địa phương rà soát, phấn đấu đến năm 2025 có 100% nạn nhân gặp khó khăn về nhà ở được hỗ trợ cải thiện nhà ở; hoàn thành giải quyết hồ sơ tồn đọng trước ngày 31/12/2024.

Địa chỉ: Số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.38269556
"""

NOTES = [
    "Bộ LĐ-TB&XH (molisa.gov.vn): national figures on people receiving benefits for toxic-chemical exposure, 30/6/2024.",
    "'Ngày đăng: 26/07/2024' gives published; 'Lượt xem: 1.108', the address and phone are page furniture.",
    "Province list after 'lần lượt là' shares the indicator; provinces go to location; period inherited from 30/6/2024.",
    "'từ 2.055.000 đồng lên 2.789.000 đồng, tăng 35,7%': two money figures, the change belongs to the new level.",
    "'từ 81% trở lên' is a category threshold: optional. 'trước ngày 31/12/2024' is a deadline, not a figure.",
    "'quý I' is only a change baseline. Ministry's and the national fund's figures are Việt Nam.",
    "revised after the first run: headline subject written as the headline names it (the body's 'ưu đãi', 'bị' had been copied in).",
]

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUBJ = "người hưởng chế độ ưu đãi do bị ảnh hưởng chất độc hóa học"

FIGS = [
    F("Hơn 321 nghìn người", "321", 321000, "count", "người", "người hưởng chế độ do ảnh hưởng chất độc hóa học",
      I(ASOF), approx="over"),
    F("có 321.580 người", "321.580", 321580, "count", "người", SUBJ, ASOF),
    F("gồm 178.245 người", "178.245", 178245, "count", "người",
      "người hoạt động kháng chiến hưởng chế độ ưu đãi do bị ảnh hưởng chất độc hóa học", ASOF, total=321580),
    F("và 143.335 con đẻ", "143.335", 143335, "count", "con đẻ",
      "con đẻ của người hoạt động kháng chiến hưởng chế độ ưu đãi", ASOF, total=321580),
    F("Nam Định (20.140 người)", "20.140", 20140, "count", "người", "người hưởng chế độ", I(ASOF),
      location="Nam Định"),
    F("Thái Bình (19.875 người)", "19.875", 19875, "count", "người", "người hưởng chế độ", I(ASOF),
      location="Thái Bình"),
    F("Hà Nội (16.385 người)", "16.385", 16385, "count", "người", "người hưởng chế độ", I(ASOF),
      location="Hà Nội"),
    F("Thanh Hóa (15.210 người)", "15.210", 15210, "count", "người", "người hưởng chế độ", I(ASOF),
      location="Thanh Hóa"),
    F("giải quyết mới 1.245 hồ sơ", "1.245", 1245, "count", "hồ sơ", "hồ sơ giải quyết mới", Q2,
      change=C("increase", 8, "%", "quý I")),
    F("từ 2.055.000 đồng", "2.055.000", 2055000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công"),
    F("lên 2.789.000 đồng", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi người có công",
      change=C("increase", 35.7, "%")),
    F("từ 81% trở lên", "81", 81, "percent", "%", "suy giảm khả năng lao động", approx="at_least", optional=True),
    F("hưởng 5.578.000 đồng/tháng", "5.578.000", 5578000, "money", "đồng/tháng",
      "trợ cấp người hoạt động kháng chiến bị nhiễm chất độc hóa học suy giảm khả năng lao động từ 81% trở lên"),
    F("khoảng 8.650 tỷ đồng", "8.650", 8650e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=C("increase", 15.2, "%", "năm 2023")),
    F("gần 62 tỷ đồng", "62", 62e9, "money", "đồng", "kinh phí Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam tiếp nhận",
      H1, approx="nearly"),
    F("xây dựng 415 căn nhà", "415", 415, "count", "căn nhà", "căn nhà hỗ trợ xây dựng", H1),
    F("trao 12.600 suất quà", "12.600", 12600, "count", "suất quà", "suất quà trao cho nạn nhân", H1),
    F("có 100% nạn nhân", "100", 100, "percent", "%", "nạn nhân gặp khó khăn về nhà ở được hỗ trợ cải thiện nhà ở",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

if __name__ == "__main__":
    write("p999-4", TEXT, NOTES, FIGS, published="2024-07-26", location="Việt Nam")

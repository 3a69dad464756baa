"""p681-4: Bộ Nội vụ ministry site — 3 months of the new salary policy, national totals, central support by province, streamlining savings."""
import sys
from lib import F, P, I, CH, emit

TEXT = """BỘ NỘI VỤ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Tiền lương - Bảo hiểm xã hội
Ngày đăng: 08/10/2024 | Lượt xem: 1.872

Sau 3 tháng thực hiện: 63/63 địa phương chi trả lương theo mức lương cơ sở mới

Theo báo cáo tổng hợp của Bộ Nội vụ, tính đến ngày 30/9/2024, 63/63 tỉnh, thành phố và 100% bộ, ngành ở Trung ương đã chi trả lương theo mức lương cơ sở 2.340.000 đồng/tháng cho gần 2,9 triệu cán bộ, công chức, viên chức và người hưởng phụ cấp. Cùng thời điểm, hơn 3,3 triệu người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng đã được điều chỉnh tăng 15%.

Tổng kinh phí tăng thêm để thực hiện cải cách tiền lương và điều chỉnh lương hưu, trợ cấp giai đoạn 2024-2026 khoảng 670.000 tỷ đồng, riêng 6 tháng cuối năm 2024 là 110.000 tỷ đồng. Trong số 63 địa phương, có 21 địa phương tự bảo đảm được nguồn; 42 địa phương được ngân sách trung ương hỗ trợ với tổng số 38.560 tỷ đồng, trong đó nhiều nhất là Thanh Hóa (2.185 tỷ đồng), Nghệ An (2.046 tỷ đồng), Sơn La (1.312 tỷ đồng).

Cũng theo Bộ Nội vụ, giai đoạn 2021-2024, các bộ, ngành, địa phương đã tinh giản 74.625 biên chế, đạt 92,8% chỉ tiêu; kinh phí tiết kiệm từ tinh giản biên chế và sắp xếp bộ máy khoảng 12.300 tỷ đồng được dành để bổ sung nguồn cải cách tiền lương. Năm 2025, các địa phương tiếp tục dành 10% tiết kiệm chi thường xuyên tăng thêm và tối thiểu 40% số thu được để lại theo chế độ cho nguồn cải cách tiền lương.

Bộ Nội vụ - Số 8 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.6282.1004
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
P2124 = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUP = 38560e9

FIGS = [
    F("thực hiện: 63/63 địa phương", "63", 63, "count", "địa phương",
      "địa phương chi trả lương theo mức lương cơ sở mới", total=63),
    F("30/9/2024, 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã chi trả lương theo mức lương cơ sở mới", ASOF, total=63),
    F("và 100% bộ, ngành", "100", 100, "percent", "%",
      "bộ, ngành ở Trung ương đã chi trả lương theo mức lương cơ sở mới", ASOF),
    F("cơ sở 2.340.000 đồng/tháng", "2.340.000", 2340000, "money", "đồng/tháng",
      "mức lương cơ sở"),
    F("gần 2,9 triệu cán bộ", "2,9", 2.9e6, "count", "cán bộ, công chức, viên chức",
      "cán bộ, công chức, viên chức và người hưởng phụ cấp được chi trả lương theo mức lương cơ sở mới",
      ASOF, approx="nearly"),
    F("hơn 3,3 triệu người", "3,3", 3.3e6, "count", "người",
      "người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng được điều chỉnh", I(ASOF), approx="over"),
    F("điều chỉnh tăng 15%", "15", 15, "percent", "%",
      "mức điều chỉnh tăng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng", I(ASOF)),
    F("khoảng 670.000 tỷ đồng", "670.000", 670000e9, "money", "đồng",
      "tổng kinh phí tăng thêm để thực hiện cải cách tiền lương và điều chỉnh lương hưu, trợ cấp",
      P("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"), approx="about"),
    F("là 110.000 tỷ đồng", "110.000", 110000e9, "money", "đồng",
      "kinh phí tăng thêm thực hiện cải cách tiền lương",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")),
    F("Trong số 63 địa phương", "63", 63, "count", "địa phương", "địa phương", optional=True),
    F("có 21 địa phương", "21", 21, "count", "địa phương",
      "địa phương tự bảo đảm được nguồn cải cách tiền lương", total=63),
    F("; 42 địa phương", "42", 42, "count", "địa phương",
      "địa phương được ngân sách trung ương hỗ trợ", total=63),
    F("tổng số 38.560 tỷ đồng", "38.560", SUP, "money", "đồng",
      "ngân sách trung ương hỗ trợ địa phương thực hiện cải cách tiền lương"),
    F("Thanh Hóa (2.185 tỷ đồng)", "2.185", 2185e9, "money", "đồng",
      "ngân sách trung ương hỗ trợ thực hiện cải cách tiền lương", total=SUP, location="Thanh Hóa"),
    F("Nghệ An (2.046 tỷ đồng)", "2.046", 2046e9, "money", "đồng",
      "ngân sách trung ương hỗ trợ thực hiện cải cách tiền lương", total=SUP, location="Nghệ An"),
    F("Sơn La (1.312 tỷ đồng)", "1.312", 1312e9, "money", "đồng",
      "ngân sách trung ương hỗ trợ thực hiện cải cách tiền lương", total=SUP, location="Sơn La"),
    F("tinh giản 74.625 biên chế", "74.625", 74625, "count", "biên chế",
      "biên chế được tinh giản", P2124, percent=92.8),
    F("khoảng 12.300 tỷ đồng", "12.300", 12300e9, "money", "đồng",
      "kinh phí tiết kiệm từ tinh giản biên chế và sắp xếp bộ máy dành bổ sung nguồn cải cách tiền lương",
      P2124, approx="about"),
    F("dành 10% tiết kiệm", "10", 10, "percent", "%",
      "tỷ lệ tiết kiệm chi thường xuyên tăng thêm dành cho nguồn cải cách tiền lương", Y25, optional=True),
    F("tối thiểu 40% số thu", "40", 40, "percent", "%",
      "tỷ lệ số thu được để lại dành cho nguồn cải cách tiền lương", Y25, approx="at_least", optional=True),
]

COMMENTS = [
    "Bộ Nội vụ portal, 08/10/2024: 3 months of mức lương cơ sở 2.340.000 đồng; national totals; central support by province; tinh giản savings.",
    "Distractors: 'Sau 3 tháng thực hiện' (a duration), 'Lượt xem: 1.872', 'Số 8 Tôn Thất Thuyết', phone 024.6282.1004, dates.",
    "National figures: location Việt Nam; provinces in the 'trong đó nhiều nhất là Thanh Hóa (…)' list are the items' locations and",
    "parts of the 38.560 tỷ (cue 'trong đó' after the whole).",
    "'63/63' gives total 63 (headline and body). 'Trong số 63 địa phương' is the frame of the parts: optional; 21 and 42 take total 63.",
    "'riêng 6 tháng cuối năm 2024 là 110.000 tỷ đồng': 'riêng' is no part-of cue in FIGURES.md, so no total (the periods differ anyway).",
    "'hơn 3,3 triệu người … tăng 15%': the 15% is the pension increase, its own percent figure (not a change of the head count).",
    "'đạt 92,8% chỉ tiêu' after 74.625 biên chế is its percent. Statutory '10%' / 'tối thiểu 40%' shares: optional.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam") else 1)

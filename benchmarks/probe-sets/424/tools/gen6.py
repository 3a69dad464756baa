from lib import F, P, C, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin Tài chính » Đầu tư công

Giải ngân vốn đầu tư công 11 tháng năm 2024 ước đạt 60,9% kế hoạch
Thứ Hai, 16/12/2024 | 10:05

(Mof.gov.vn) - Theo báo cáo của Bộ Tài chính, ước giải ngân vốn đầu tư công từ đầu năm đến ngày 30/11/2024 là 401.738 tỷ đồng, đạt 60,9% kế hoạch Thủ tướng Chính phủ giao, thấp hơn 4,2 điểm phần trăm so với cùng kỳ năm 2023. Trong đó, vốn ngân sách trung ương đạt 132.016 tỷ đồng, vốn ngân sách địa phương 269.722 tỷ đồng.

Có 11/47 bộ, cơ quan trung ương và 31/63 địa phương có tỷ lệ giải ngân trên bình quân chung cả nước. Các địa phương dẫn đầu về tỷ lệ giải ngân như sau:

Địa phương	Kế hoạch vốn (tỷ đồng)	Tỷ lệ giải ngân (%)
Thái Bình	6.412,3	91,2
Hòa Bình	3.975,8	86,4
Ninh Bình	4.208,1	84,7
Long An	8.936,0	83,5

Một số bộ có kế hoạch vốn lớn nhưng tỷ lệ giải ngân còn thấp là Bộ Giao thông vận tải (54,3%), Bộ Nông nghiệp và Phát triển nông thôn (41,8%). Đáng chú ý, vẫn còn 6 bộ, cơ quan trung ương và 2 địa phương giải ngân dưới 30% kế hoạch.

Thực hiện Công điện số 135/CĐ-TTg, Bộ Tài chính đề nghị các bộ, cơ quan trung ương và địa phương phấn đấu giải ngân trên 95% kế hoạch vốn năm 2024; số vốn không giải ngân hết phải được báo cáo trước ngày 15/01/2025. Dự kiến cả năm 2024, giải ngân đạt khoảng 610 nghìn tỷ đồng.

Minh Anh
"""

N11 = P("từ đầu năm đến ngày 30/11/2024", "2024-01-01", "2024-11-30")
N11i = P("từ đầu năm đến ngày 30/11/2024", "2024-01-01", "2024-11-30", inh=True)
R = "tỷ lệ giải ngân"
rows = [("Thái Bình", "6.412,3", "91,2"), ("Hòa Bình", "3.975,8", "86,4"),
        ("Ninh Bình", "4.208,1", "84,7"), ("Long An", "8.936,0", "83,5")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("năm 2024 ước đạt 60,9%", "60,9", 60.9, "percent", "%", "giải ngân vốn đầu tư công",
      P("11 tháng năm 2024", "2024-01-01", "2024-11-30"), status="estimate"),
    F("là 401.738 tỷ đồng", "401.738", 401738e9, "money", "đồng", "vốn đầu tư công giải ngân", N11,
      percent=60.9, change=C("decrease", 4.2, "điểm phần trăm", "cùng kỳ năm 2023"), status="estimate"),
    F("đạt 132.016 tỷ đồng", "132.016", 132016e9, "money", "đồng", "vốn ngân sách trung ương giải ngân", N11i,
      total=401738e9, status="estimate"),
    F("phương 269.722 tỷ đồng", "269.722", 269722e9, "money", "đồng", "vốn ngân sách địa phương giải ngân", N11i,
      total=401738e9, status="estimate"),
    F("Có 11/47 bộ", "11", 11, "count", "bộ, cơ quan trung ương",
      "bộ, cơ quan trung ương có tỷ lệ giải ngân trên bình quân chung cả nước", N11i, total=47),
    F("và 31/63 địa phương", "31", 31, "count", "địa phương",
      "địa phương có tỷ lệ giải ngân trên bình quân chung cả nước", N11i, total=63),
]
for place, a, b in rows:
    FIGS.append(F(f"{place}\t{a}\t", a, num(a) * 1e9, "money", "đồng", "kế hoạch vốn",
                  P("năm 2024", "2024-01-01", "2024-12-31", inh=True), status="target", location=place))
    FIGS.append(F(f"\t{b}\n", b, num(b), "percent", "%", R, N11i, location=place))
FIGS += [
    F("vận tải (54,3%)", "54,3", 54.3, "percent", "%", R, N11i),
    F("nông thôn (41,8%)", "41,8", 41.8, "percent", "%", R, N11i),
    F("còn 6 bộ", "6", 6, "count", "bộ, cơ quan trung ương", "bộ, cơ quan trung ương giải ngân dưới 30% kế hoạch", N11i),
    F("và 2 địa phương", "2", 2, "count", "địa phương", "địa phương giải ngân dưới 30% kế hoạch", N11i),
    F("dưới 30% kế hoạch", "30", 30, "percent", "%", R, N11i, approx="under", optional=True),
    F("trên 95% kế hoạch", "95", 95, "percent", "%", "giải ngân kế hoạch vốn",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("khoảng 610 nghìn tỷ đồng", "610", 610e12, "money", "đồng", "giải ngân vốn đầu tư công",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ Tài chính, Mof.gov.vn): national disbursement of public investment to 30/11/2024; ministries and provinces.",
    "'Thứ Hai, 16/12/2024 | 10:05' is the dateline; byline at the end. National figures: location Việt Nam; ministries keep it.",
    "'thấp hơn 4,2 điểm phần trăm so với cùng kỳ năm 2023' follows 401.738 tỷ (whose share is 60,9%): the money figure's change,",
    "as h09 attaches a plan gap after a share to the count. Sources after 'Trong đó' carry total 401.738 tỷ and the estimate status.",
    "'11/47 bộ', '31/63 địa phương': counts with totals. Tab-separated table: province rows are locations; 'Kế hoạch vốn (tỷ đồng)'",
    "cells are money (×10⁹) with status target (year plan, inherited 2024); '(%)' cells are disbursement rates (period inherited).",
    "'dưới 30% kế hoạch' is a threshold inside the definition of the 6 + 2 laggards: optional.",
    "'610 nghìn tỷ đồng' = 6,1·10¹⁴ đồng (combined multiplier). Distractors: Công điện số 135/CĐ-TTg, deadline 15/01/2025, dateline time, 'Mof.gov.vn'.",
]

emit("p424-6", TEXT, COMMENTS, FIGS, published="2024-12-16", location="Việt Nam")

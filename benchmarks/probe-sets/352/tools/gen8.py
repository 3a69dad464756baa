from lib import write, P

A = """Cần Thơ: Doanh nghiệp thành lập mới tăng, mật độ doanh nghiệp vẫn thấp

Từ đầu năm đến ngày 30/9/2024, TP Cần Thơ có 1.112 doanh nghiệp đăng ký thành lập mới, tổng vốn đăng ký gần 7.260 tỷ đồng. So với cùng kỳ, số doanh nghiệp tăng 6,4%, số vốn giảm 12,8%.

Số doanh nghiệp thành lập mới và vốn đăng ký theo quận, huyện:
Quận, huyện\tSố doanh nghiệp\tVốn đăng ký (tỷ đồng)
Ninh Kiều\t486\t3.412,5
Cái Răng\t173\t1.208
Bình Thủy\t131\t862,4
Ô Môn\t64\t310,7
Phong Điền\t47\t198

Tính đến ngày 30/9/2024, toàn thành phố có 8.743 doanh nghiệp đang hoạt động, bình quân khoảng 7,1 doanh nghiệp trên 1.000 dân, thấp hơn mức trung bình cả nước (khoảng 9 doanh nghiệp/1.000 dân).

Thành phố hiện có khoảng 62.000 hộ kinh doanh, nhưng trong 9 tháng chỉ có 29 hộ chuyển lên doanh nghiệp, đạt 29% kế hoạch năm (100 doanh nghiệp). Theo Sở Kế hoạch và Đầu tư, nhiều hộ có quy mô lớn vẫn e ngại chế độ kế toán, hóa đơn và các đợt thanh tra, kiểm tra.

Để khuyến khích, thành phố hỗ trợ 100% lệ phí đăng ký thành lập cho hộ chuyển đổi; mỗi doanh nghiệp còn được hỗ trợ tối đa 5 triệu đồng chi phí tư vấn kế toán trong năm đầu hoạt động. Quý IV/2024, Sở sẽ phối hợp với 9 quận, huyện tổ chức các buổi đối thoại với hộ kinh doanh có doanh thu lớn.

Chi tiết liên hệ: Sở Kế hoạch và Đầu tư TP Cần Thơ, số 25 Trần Văn Hoài, phường Xuân Khánh, quận Ninh Kiều; điện thoại 0292.3830.245.
"""

YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
YTDi = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30", True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
DN = dict(kind="count", unit="doanh nghiệp")
ROWS = [("Ninh Kiều", "486", "3.412,5"), ("Cái Răng", "173", "1.208"), ("Bình Thủy", "131", "862,4"),
        ("Ô Môn", "64", "310,7"), ("Phong Điền", "47", "198")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


F = [
    dict(anchor="có 1.112 doanh nghiệp", number="1.112", value=1112, **DN,
         subject="doanh nghiệp đăng ký thành lập mới", period=YTD),
    dict(anchor="gần 7.260 tỷ đồng", number="7.260", value=7260e9, kind="money", unit="đồng", approx="nearly",
         subject="tổng vốn đăng ký", period=YTD),
    dict(anchor="tăng 6,4%", number="6,4", value=6.4, kind="percent", unit="%",
         subject="số doanh nghiệp thành lập mới", period=YTDi),
    dict(anchor="giảm 12,8%", number="12,8", value=12.8, kind="percent", unit="%",
         subject="số vốn đăng ký", period=YTDi),
]
for place, n, v in ROWS:
    F.append(dict(anchor=f"{place}\t{n}\t", number=n, value=num(n), **DN,
                  subject="Số doanh nghiệp thành lập mới", period=YTDi, location=place))
    F.append(dict(anchor=f"\t{n}\t{v}\n", number=v, value=num(v) * 1e9, kind="money", unit="đồng",
                  subject="Vốn đăng ký", period=YTDi, location=place))
F += [
    dict(anchor="có 8.743 doanh nghiệp", number="8.743", value=8743, **DN,
         subject="doanh nghiệp đang hoạt động", period=ASOF),
    dict(anchor="khoảng 7,1 doanh nghiệp", number="7,1", value=7.1, kind="measure", unit="doanh nghiệp/1.000 dân",
         approx="about", subject="doanh nghiệp bình quân trên 1.000 dân", period=ASOF),
    dict(anchor="(khoảng 9 doanh nghiệp", number="9", value=9, kind="measure", unit="doanh nghiệp/1.000 dân",
         approx="about", subject="mức trung bình cả nước", period=ASOF, location="Việt Nam"),
    dict(anchor="khoảng 62.000 hộ", number="62.000", value=62000, kind="count", unit="hộ kinh doanh", approx="about",
         subject="hộ kinh doanh"),
    dict(anchor="có 29 hộ", number="29", value=29, kind="count", unit="hộ", percent=29,
         target=dict(value=100, unit="doanh nghiệp"),
         subject="hộ chuyển lên doanh nghiệp", period=P("trong 9 tháng", "2024-01-01", "2024-09-30")),
    dict(anchor="hỗ trợ 100% lệ phí", number="100", value=100, kind="percent", unit="%",
         subject="lệ phí đăng ký thành lập được hỗ trợ cho hộ chuyển đổi"),
    dict(anchor="tối đa 5 triệu đồng", number="5", value=5e6, kind="money", unit="đồng", approx="at_most",
         subject="mức hỗ trợ chi phí tư vấn kế toán mỗi doanh nghiệp"),
    dict(anchor="với 9 quận, huyện", number="9", value=9, kind="count", unit="quận, huyện", optional=True,
         subject="quận, huyện phối hợp tổ chức đối thoại", status="forecast"),
]

write("p352-8", A, F, [
    "City news page (Cần Thơ), no dateline, no byline: đăng ký doanh nghiệp từ đầu năm đến 30/9/2024, mật độ doanh nghiệp, hộ kinh doanh chuyển đổi.",
    "Tab-separated table by district: a place in the row label goes to location; subject = column label; '(tỷ đồng)' in the header scales the money column.",
    "'So với cùng kỳ, số doanh nghiệp tăng 6,4%, số vốn giảm 12,8%' stands as its own sentence with its own subjects: growth rates as the claim (percent figures).",
    "'7,1 doanh nghiệp trên 1.000 dân' and '9 doanh nghiệp/1.000 dân': rates, the denominator in the unit; the national average carries location Việt Nam.",
    "'hiện có khoảng 62.000 hộ kinh doanh': no period. '29 …, đạt 29% kế hoạch năm (100 doanh nghiệp)': percent 29, target 100.",
    "'9 quận, huyện' (the city's structure, in a forward plan) optional. Distractors: address 'số 25 Trần Văn Hoài', phone 0292.3830.245, '1.000 dân' denominators.",
], published=None, location="Cần Thơ")

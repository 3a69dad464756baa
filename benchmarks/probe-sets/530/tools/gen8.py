from lib import F, P, I, CH, TG, emit

TEXT = """CỤC THỐNG KÊ TỈNH ĐỒNG NAI
Tin kinh tế - xã hội » Thương mại, dịch vụ
Ngày đăng: 29/10/2024 - 16:05

Tình hình thương mại, dịch vụ tháng 10 và 10 tháng năm 2024

1. Bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng Mười năm nay ước đạt 21.468,9 tỷ đồng, tăng 1,8% so với tháng trước và tăng 12,3% so với cùng kỳ năm 2023. Tính chung 10 tháng năm 2024, tổng mức ước đạt 203.517,2 tỷ đồng, tăng 11,9% so với cùng kỳ.

Xét theo ngành hoạt động, trong 10 tháng: doanh thu bán lẻ hàng hóa đạt 150.912,6 tỷ đồng, chiếm 74,2%, tăng 10,8%; doanh thu dịch vụ lưu trú, ăn uống đạt 24.605,3 tỷ đồng, tăng 15,7%; doanh thu du lịch lữ hành đạt 412,8 tỷ đồng, gấp 1,3 lần cùng kỳ; doanh thu dịch vụ khác đạt 27.586,5 tỷ đồng.

2. Xuất, nhập khẩu
Kim ngạch xuất khẩu trong tháng ước đạt 2.104 triệu USD, giảm 2,4% so với tháng trước; 10 tháng ước đạt 21.386 triệu USD, tăng 14,6% so với cùng kỳ, đạt 85,5% kế hoạch năm. Kim ngạch nhập khẩu 10 tháng ước đạt 15.720 triệu USD, tăng 10,1%; xuất siêu 5.666 triệu USD.

Một số thị trường xuất khẩu chính trong 10 tháng: Hoa Kỳ 6.842 triệu USD, chiếm 32%; Trung Quốc 2.351 triệu USD; Nhật Bản 1.925 triệu USD. Có 3 nhóm hàng đạt kim ngạch trên 1 tỷ USD là giày dép, máy móc thiết bị, sản phẩm gỗ.

Địa chỉ: 1597 Phạm Văn Thuận, phường Thống Nhất, TP. Biên Hòa. ĐT: 0251.3822.446
"""

M10 = P("tháng Mười năm nay", "2024-10-01", "2024-10-31")
N10Y = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T10 = P("trong 10 tháng", "2024-01-01", "2024-10-31")
RB = "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"
WHOLE = 203517.2e9

FIGS = [
    F("ước đạt 21.468,9 tỷ", "21.468,9", 21468.9e9, "money", "đồng", RB, M10,
      change=CH("increase", 1.8, baseline="tháng trước"), status="estimate"),
    # second change of the same figure: a percent figure of its own, optional
    F("tăng 12,3%", "12,3", 12.3, "percent", "%", RB + " tháng Mười so với cùng kỳ", M10,
      status="estimate", optional=True),
    F("ước đạt 203.517,2 tỷ", "203.517,2", WHOLE, "money", "đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", N10Y,
      change=CH("increase", 11.9, baseline="cùng kỳ"), status="estimate"),
    F("đạt 150.912,6 tỷ", "150.912,6", 150912.6e9, "money", "đồng", "doanh thu bán lẻ hàng hóa", T10,
      total=WHOLE, percent=74.2, change=CH("increase", 10.8), status="estimate"),
    F("đạt 24.605,3 tỷ", "24.605,3", 24605.3e9, "money", "đồng", "doanh thu dịch vụ lưu trú, ăn uống", T10,
      total=WHOLE, change=CH("increase", 15.7), status="estimate"),
    F("đạt 412,8 tỷ", "412,8", 412.8e9, "money", "đồng", "doanh thu du lịch lữ hành", T10,
      total=WHOLE, change=CH("increase", 1.3, unit="lần", baseline="cùng kỳ"), status="estimate"),
    F("đạt 27.586,5 tỷ", "27.586,5", 27586.5e9, "money", "đồng", "doanh thu dịch vụ khác", T10,
      total=WHOLE, status="estimate"),
    F("ước đạt 2.104 triệu", "2.104", 2104e6, "money", "USD", "kim ngạch xuất khẩu",
      P("trong tháng", "2024-10-01", "2024-10-31"),
      change=CH("decrease", 2.4, baseline="tháng trước"), status="estimate"),
    F("ước đạt 21.386 triệu", "21.386", 21386e6, "money", "USD", "kim ngạch xuất khẩu",
      P("10 tháng", "2024-01-01", "2024-10-31"),
      percent=85.5, change=CH("increase", 14.6, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 15.720 triệu", "15.720", 15720e6, "money", "USD", "kim ngạch nhập khẩu",
      P("10 tháng", "2024-01-01", "2024-10-31"),
      change=CH("increase", 10.1), status="estimate"),
    F("siêu 5.666 triệu", "5.666", 5666e6, "money", "USD", "xuất siêu",
      P("10 tháng", "2024-01-01", "2024-10-31"), status="estimate"),
    F("Hoa Kỳ 6.842 triệu", "6.842", 6842e6, "money", "USD", "kim ngạch xuất khẩu sang Hoa Kỳ", T10, percent=32),
    F("Trung Quốc 2.351 triệu", "2.351", 2351e6, "money", "USD", "kim ngạch xuất khẩu sang Trung Quốc", T10),
    F("Nhật Bản 1.925 triệu", "1.925", 1925e6, "money", "USD", "kim ngạch xuất khẩu sang Nhật Bản", T10),
    F("Có 3 nhóm", "3", 3, "count", "nhóm hàng", "nhóm hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD", I(T10)),
    F("trên 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu", approx="over", optional=True),
]

emit("p530-8", TEXT, [
    "Provincial statistics office site (Cục Thống kê Đồng Nai, 'Ngày đăng: 29/10/2024 - 16:05'): monthly release on retail sales and",
    "exports, October and 10 months of 2024. 'tháng Mười năm nay' and 'trong tháng' (monthly report) are October 2024.",
    "The four activity parts after ':' add up to the 10-month whole of the previous sentence (total). Their 'đạt' continues the",
    "estimate of the whole. 'tăng 12,3% so với cùng kỳ' is a second change: optional percent. 'gấp 1,3 lần cùng kỳ' is a change (lần).",
    "Market items after 'Một số thị trường …:' follow no figure: no total; partners stay in the subject. 'xuất siêu 5.666' continues",
    "the 'ước đạt' clause after ';' (estimate). Threshold 'trên 1 tỷ USD' optional. Section numbers, address '1597 Phạm Văn Thuận', phone: not figures.",
], FIGS, published="2024-10-29", location="Đồng Nai")

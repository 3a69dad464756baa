"""p626-5: Báo Vĩnh Phúc (Party newspaper), property auctions in 9 months of 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Đấu giá tài sản 9 tháng: thu về hơn 2.100 tỷ đồng

(BVP) - 9 tháng năm 2024, các tổ chức hành nghề đấu giá tài sản trên địa bàn tỉnh Vĩnh Phúc đã tổ chức thành công 1.287 cuộc đấu giá, tăng 15,2% so với cùng kỳ; tổng giá khởi điểm 1.563,8 tỷ đồng, tổng giá trúng đấu giá đạt 2.146,5 tỷ đồng, cao hơn 37,3% so với giá khởi điểm. Số tiền chênh lệch so với giá khởi điểm là 582,7 tỷ đồng.

Trong đó, đấu giá quyền sử dụng đất 1.035 cuộc với giá trúng 2.011,2 tỷ đồng, chiếm 93,7% tổng giá trị trúng đấu giá; tài sản thi hành án, tài sản công và tài sản khác 252 cuộc. Các địa phương có giá trị trúng đấu giá lớn là TP. Vĩnh Yên (612,4 tỷ đồng), huyện Bình Xuyên (405 tỷ đồng) và TP. Phúc Yên (318,9 tỷ đồng). Nhiều lô đất mặt đường Nguyễn Tất Thành, Quốc lộ 2 có giá trúng gấp 2 đến 3 lần giá khởi điểm.

Toàn tỉnh hiện có 19 tổ chức hành nghề đấu giá tài sản (2 trung tâm dịch vụ đấu giá và 17 doanh nghiệp đấu giá) với 46 đấu giá viên. Thù lao dịch vụ đấu giá thu được trong 9 tháng khoảng 9,8 tỷ đồng.

Theo Sở Tư pháp, Luật Đấu giá tài sản số 01/2016/QH14 (sửa đổi năm 2024) có hiệu lực từ ngày 01/01/2025 sẽ siết chặt việc bỏ cọc. Dự kiến quý IV/2024, toàn tỉnh sẽ đưa ra đấu giá khoảng 60 khu đất với tổng diện tích hơn 85 ha; phấn đấu cả năm thu từ đấu giá quyền sử dụng đất đạt 3.000 tỷ đồng.

Thu Hằng

28/10/2024 08:12
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 2.100 tỷ đồng", "2.100", 2100e9, "money", "đồng", "thu từ đấu giá tài sản",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("thành công 1.287 cuộc", "1.287", 1287, "count", "cuộc đấu giá", "cuộc đấu giá tổ chức thành công", M9,
      change=CH("increase", 15.2, baseline="cùng kỳ")),
    F("khởi điểm 1.563,8 tỷ đồng", "1.563,8", 1563.8e9, "money", "đồng", "tổng giá khởi điểm", M9),
    F("đạt 2.146,5 tỷ đồng", "2.146,5", 2146.5e9, "money", "đồng", "tổng giá trúng đấu giá", M9,
      change=CH("increase", 37.3, baseline="giá khởi điểm")),
    F("là 582,7 tỷ đồng", "582,7", 582.7e9, "money", "đồng", "số tiền chênh lệch so với giá khởi điểm", I(M9)),
    F("đất 1.035 cuộc", "1.035", 1035, "count", "cuộc", "cuộc đấu giá quyền sử dụng đất", I(M9), total=1287),
    F("trúng 2.011,2 tỷ đồng", "2.011,2", 2011.2e9, "money", "đồng", "giá trúng đấu giá quyền sử dụng đất", I(M9),
      total=2146.5e9, percent=93.7),
    F("khác 252 cuộc", "252", 252, "count", "cuộc", "cuộc đấu giá tài sản thi hành án, tài sản công và tài sản khác",
      I(M9), total=1287),
    F("(612,4 tỷ đồng)", "612,4", 612.4e9, "money", "đồng", "giá trị trúng đấu giá", I(M9), location="Vĩnh Yên"),
    F("(405 tỷ đồng)", "405", 405e9, "money", "đồng", "giá trị trúng đấu giá", I(M9), location="Bình Xuyên"),
    F("(318,9 tỷ đồng)", "318,9", 318.9e9, "money", "đồng", "giá trị trúng đấu giá", I(M9), location="Phúc Yên"),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", "giá trúng của nhiều lô đất so với giá khởi điểm", I(M9),
      value_max=3),
    F("có 19 tổ chức", "19", 19, "count", "tổ chức hành nghề đấu giá tài sản", "tổ chức hành nghề đấu giá tài sản"),
    F("(2 trung tâm", "2", 2, "count", "trung tâm dịch vụ đấu giá", "trung tâm dịch vụ đấu giá", total=19),
    F("và 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp đấu giá", "doanh nghiệp đấu giá", total=19),
    F("với 46 đấu giá viên", "46", 46, "count", "đấu giá viên", "đấu giá viên"),
    F("khoảng 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "thù lao dịch vụ đấu giá thu được",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about"),
    F("khoảng 60 khu đất", "60", 60, "count", "khu đất", "khu đất đưa ra đấu giá", Q4, approx="about",
      status="forecast"),
    F("hơn 85 ha", "85", 85, "measure", "ha", "tổng diện tích khu đất đưa ra đấu giá", Q4, approx="over",
      status="forecast"),
    F("đạt 3.000 tỷ đồng", "3.000", 3000e9, "money", "đồng", "thu từ đấu giá quyền sử dụng đất",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Vĩnh Phúc (invented; province named in the lead, tag BVP): đấu giá tài sản 9 tháng năm 2024 — cuộc, giá khởi điểm / trúng, land auctions,",
    "district list, auction organisations, Q4 forecast and year target. Byline and date '28/10/2024 08:12' at the end.",
    "Distractors: Luật Đấu giá tài sản số 01/2016/QH14, 'sửa đổi năm 2024', 01/01/2025, đường Nguyễn Tất Thành, Quốc lộ 2.",
    "'cao hơn 37,3% so với giá khởi điểm' is the change of 2.146,5 tỷ; the difference 582,7 tỷ in its own sentence is its own money figure.",
    "'Trong đó' parts: 1.035 + 252 = 1.287 cuộc; 2.011,2 tỷ is part of 2.146,5 tỷ and carries 'chiếm 93,7%' as percent.",
    "'gấp 2 đến 3 lần giá khởi điểm' stands as its own claim (no base amount): multiple, range 2-3.",
    "2 + 17 = 19 (bracketed breakdown right after the whole). 'hiện có' → no period. 'Dự kiến quý IV/2024' → forecast; 'phấn đấu cả năm' → target,",
    "period the year 2024. Headline '9 tháng' takes the lead's year.",
]

if __name__ == "__main__":
    emit("p626-5", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Vĩnh Phúc")

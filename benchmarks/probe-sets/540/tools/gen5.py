"""p540-5: Party newspaper (Hà Nội Mới style) — Hà Nội flooding points 2024, drainage system, budget, pumps, wastewater."""
from lib import emit, fig, per, inh, chg

TEXT = """Hà Nội còn 14 điểm có nguy cơ úng ngập khi mưa lớn

(HNM) - Theo Công ty TNHH MTV Thoát nước Hà Nội, năm 2024, khu vực nội thành còn 14 điểm có nguy cơ úng ngập khi mưa với cường độ trên 50 mm/2 giờ, giảm 5 điểm so với năm 2023. Trong đó, quận Hoàn Kiếm 1 điểm, Đống Đa 4 điểm, Hai Bà Trưng 3 điểm, Cầu Giấy 2 điểm và Thanh Xuân 4 điểm. Các điểm ngập mới phát sinh chủ yếu tại khu vực thi công đường Vành đai 2,5 và Vành đai 3.

Hệ thống thoát nước lưu vực sông Tô Lịch hiện có trạm bơm Yên Sở công suất 90 m³/s, 45 hồ điều hòa, khoảng 1.200 km cống, 147 km mương và 39 km sông thoát nước.

Năm 2024, thành phố bố trí 1.325,6 tỷ đồng cho công tác duy trì hệ thống thoát nước, tăng 6,8% so với năm 2023. Để ứng phó mưa lớn, công ty huy động hơn 1.500 cán bộ, công nhân trực 24/24 giờ; chuẩn bị 26 xe chuyên dụng và 118 máy bơm cơ động, trong đó 32 máy có công suất từ 1.000 đến 2.500 m³/h.

Về xử lý nước thải, Nhà máy xử lý nước thải Yên Xá công suất 270.000 m³/ngày đêm đã vận hành, nâng tổng công suất xử lý nước thải tập trung của thành phố lên khoảng 402.000 m³/ngày đêm; tỷ lệ nước thải đô thị được xử lý ước đạt khoảng 35%. Theo lộ trình, năm 2025 tỷ lệ này dự kiến đạt khoảng 50%.

Người dân có thể phản ánh tình trạng ngập qua đường dây nóng 024.3943.4431 hoặc tại trụ sở công ty, số 95 Văn Cao, quận Ba Đình.

THU HÀ

15/05/2024
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
SUBJ_PT = "điểm có nguy cơ úng ngập khi mưa lớn"

FIGS = [
    fig("còn 14 điểm có nguy cơ úng ngập khi mưa lớn", "14", 14, "count", "điểm", SUBJ_PT),
    fig("còn 14 điểm có nguy cơ úng ngập khi mưa với", "14", 14, "count", "điểm",
        "điểm có nguy cơ úng ngập khu vực nội thành", Y24,
        change=chg("decrease", 5, "điểm", baseline="năm 2023")),
    fig("trên 50 mm", "50", 50, "measure", "mm", "cường độ mưa", approx="over", optional=True),
    fig("Hoàn Kiếm 1 điểm", "1", 1, "count", "điểm", SUBJ_PT, inh(Y24), total=14, location="Hoàn Kiếm"),
    fig("Đống Đa 4 điểm", "4", 4, "count", "điểm", SUBJ_PT, inh(Y24), total=14, location="Đống Đa"),
    fig("Hai Bà Trưng 3 điểm", "3", 3, "count", "điểm", SUBJ_PT, inh(Y24), total=14, location="Hai Bà Trưng"),
    fig("Cầu Giấy 2 điểm", "2", 2, "count", "điểm", SUBJ_PT, inh(Y24), total=14, location="Cầu Giấy"),
    fig("Thanh Xuân 4 điểm", "4", 4, "count", "điểm", SUBJ_PT, inh(Y24), total=14, location="Thanh Xuân"),
    fig("công suất 90 m³/s", "90", 90, "measure", "m³/s", "công suất trạm bơm Yên Sở"),
    fig("45 hồ điều hòa", "45", 45, "count", "hồ điều hòa", "hồ điều hòa lưu vực sông Tô Lịch"),
    fig("khoảng 1.200 km", "1.200", 1200, "measure", "km", "cống lưu vực sông Tô Lịch", approx="about"),
    fig("147 km mương", "147", 147, "measure", "km", "mương lưu vực sông Tô Lịch"),
    fig("39 km sông", "39", 39, "measure", "km", "sông thoát nước lưu vực sông Tô Lịch"),
    fig("trí 1.325,6 tỷ đồng", "1.325,6", 1325.6e9, "money", "đồng",
        "kinh phí duy trì hệ thống thoát nước", per("Năm 2024", "2024-01-01", "2024-12-31"),
        change=chg("increase", 6.8, baseline="năm 2023")),
    fig("hơn 1.500 cán bộ", "1.500", 1500, "count", "cán bộ, công nhân", "cán bộ, công nhân huy động ứng phó mưa lớn",
        approx="over"),
    fig("26 xe", "26", 26, "count", "xe", "xe chuyên dụng"),
    fig("118 máy bơm", "118", 118, "count", "máy bơm", "máy bơm cơ động"),
    fig("32 máy", "32", 32, "count", "máy", "máy bơm công suất từ 1.000 đến 2.500 m³/h", total=118),
    fig("từ 1.000 đến 2.500 m³/h", "1.000", 1000, "measure", "m³/h", "công suất máy bơm", value_max=2500,
        optional=True),
    fig("công suất 270.000 m³", "270.000", 270000, "measure", "m³/ngày đêm",
        "công suất Nhà máy xử lý nước thải Yên Xá"),
    fig("khoảng 402.000 m³", "402.000", 402000, "measure", "m³/ngày đêm",
        "tổng công suất xử lý nước thải tập trung", approx="about"),
    fig("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ nước thải đô thị được xử lý", approx="about",
        status="estimate"),
    fig("khoảng 50%", "50", 50, "percent", "%", "tỷ lệ nước thải đô thị được xử lý",
        per("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Hànộimới style (Party newspaper): Hà Nội — điểm úng ngập năm 2024 by district, drainage system of the Tô Lịch basin,",
    "budget, crews and pumps, wastewater plants. Byline 'THU HÀ' and the date '15/05/2024' at the end (the article's date).",
    "Not figures: '(HNM)', 'Vành đai 2,5', 'Vành đai 3' (road names), 'trực 24/24 giờ', hotline 024.3943.4431, 'số 95 Văn Cao'.",
    "Headline 14 restated in the lead; district parts after 'Trong đó' add up to 14 (total). The rainfall threshold",
    "'trên 50 mm/2 giờ' and the pump capacity band 'từ 1.000 đến 2.500 m³/h' qualify other figures: optional.",
    "32 máy follows 'trong đó' after 118 máy bơm → total 118. 'ước đạt' → estimate; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    emit("p540-5", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Hà Nội")

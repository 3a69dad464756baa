"""p1479-4: ministry site (Bộ Y tế): declarations of class A/B devices, imports, domestic supply targets (national)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Trang thiết bị y tế

Hơn 18 nghìn hồ sơ công bố trang thiết bị y tế loại A, B trong 6 tháng

16/07/2024 | 14:05 | Cục Cơ sở hạ tầng và Thiết bị y tế

6 tháng đầu năm 2024, Sở Y tế các tỉnh, thành phố đã tiếp nhận 18.350 hồ sơ công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế loại A, B, tăng 9,6% so với cùng kỳ; đã giải quyết 17.920 hồ sơ, đạt 97,7%. Nhóm thiết bị y tế gia đình như nhiệt kế điện tử, máy đo huyết áp, máy đo đường huyết chiếm khoảng 23% số hồ sơ.

Theo Cục, cả nước hiện có khoảng 300 doanh nghiệp sản xuất trang thiết bị y tế, nhưng sản xuất trong nước mới đáp ứng khoảng 10-15% nhu cầu. 6 tháng, kim ngạch nhập khẩu thiết bị, dụng cụ y tế đạt gần 1,1 tỷ USD, giảm 3,2% so với cùng kỳ năm 2023; trong đó nhập khẩu từ Trung Quốc chiếm 24,5%. Các thị trường lớn tiếp theo là Nhật Bản (192 triệu USD), Đức (146 triệu USD) và Hoa Kỳ (118 triệu USD). Việt Nam hiện đứng thứ 5 trong khu vực ASEAN về quy mô thị trường trang thiết bị y tế.

Mục tiêu đến năm 2030, sản xuất trong nước đáp ứng 40% nhu cầu trang thiết bị y tế, trong đó đáp ứng ít nhất 50% nhu cầu về thiết bị y tế gia đình. Cục đề nghị các doanh nghiệp thực hiện đúng Nghị định số 98/2021/NĐ-CP và Nghị định số 07/2023/NĐ-CP về quản lý trang thiết bị y tế.

Tin cùng chuyên mục:
- Hội nghị tập huấn công tác đấu thầu trang thiết bị y tế năm 2024
- Cập nhật danh mục trang thiết bị y tế loại C, D

BỘ Y TẾ - 138A Giảng Võ, Ba Đình, Hà Nội | Đường dây nóng: 1900 9095
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
M6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Hơn 18 nghìn", "18", 18000, "count", "hồ sơ", approx="over",
        subject="hồ sơ công bố trang thiết bị y tế loại A, B", period=per("trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("tiếp nhận 18.350 hồ sơ", "18.350", 18350, "count", "hồ sơ",
        change=chg("increase", 9.6, "%", "cùng kỳ"),
        subject="hồ sơ công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế loại A, B tiếp nhận", period=M6),
    fig("giải quyết 17.920 hồ sơ", "17.920", 17920, "count", "hồ sơ", percent=97.7,
        subject="hồ sơ đã giải quyết", period=M6),
    fig("khoảng 23% số hồ sơ", "23", 23, "percent", "%", approx="about",
        subject="tỷ trọng nhóm thiết bị y tế gia đình trong số hồ sơ", period=inh(M6)),
    fig("khoảng 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất trang thiết bị y tế"),
    fig("khoảng 10-15%", "10", 10, "percent", "%", value_max=15, approx="about",
        subject="tỷ lệ nhu cầu sản xuất trong nước đáp ứng"),
    fig("gần 1,1 tỷ USD", "1,1", 1.1e9, "money", "USD", approx="nearly",
        change=chg("decrease", 3.2, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch nhập khẩu thiết bị, dụng cụ y tế", period=H6),
    fig("chiếm 24,5%", "24,5", 24.5, "percent", "%", subject="tỷ trọng nhập khẩu từ Trung Quốc", period=H6),
    fig("(192 triệu USD)", "192", 192e6, "money", "USD",
        subject="kim ngạch nhập khẩu thiết bị, dụng cụ y tế từ Nhật Bản", period=inh(H6)),
    fig("(146 triệu USD)", "146", 146e6, "money", "USD",
        subject="kim ngạch nhập khẩu thiết bị, dụng cụ y tế từ Đức", period=inh(H6)),
    fig("(118 triệu USD)", "118", 118e6, "money", "USD",
        subject="kim ngạch nhập khẩu thiết bị, dụng cụ y tế từ Hoa Kỳ", period=inh(H6)),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="quy mô thị trường trang thiết bị y tế"),
    fig("đáp ứng 40%", "40", 40, "percent", "%", status="target",
        subject="tỷ lệ nhu cầu trang thiết bị y tế sản xuất trong nước đáp ứng", period=T30),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nhu cầu thiết bị y tế gia đình sản xuất trong nước đáp ứng", period=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '16/07/2024 | 14:05 | Cục Cơ sở hạ tầng và Thiết bị y tế', related links, address footer and hotline.",
    "Distractors: 'loại A, B', 'loại C, D', 'Nghị định số 98/2021/NĐ-CP', 'Nghị định số 07/2023/NĐ-CP', '138A Giảng Võ', '1900 9095', time 14:05.",
    "All figures are national (Sở Y tế các tỉnh, thành phố; cả nước; Việt Nam): location Việt Nam. Trade partners (Trung Quốc, Nhật Bản, Đức, Hoa Kỳ) are not places.",
    "'đạt 97,7%' after 17.920 is its percent; no total (no part-of cue). 'Nhóm ... chiếm khoảng 23% số hồ sơ' stands alone: a percent figure.",
    "'trong đó nhập khẩu từ Trung Quốc chiếm 24,5%' is a percent figure of its own (share of a part), not an attribute of 1,1 tỷ USD.",
    "The market list (Nhật Bản, Đức, Hoa Kỳ) shares the indicator kim ngạch nhập khẩu; each item a money figure; its period stands in the sentence before.",
    "Headline 'trong 6 tháng' and body '6 tháng' take the year 2024 (published / earlier period). 'Mục tiêu đến năm 2030' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1479-4", TEXT, NOTES, FIGS, published="2024-07-16", location="Việt Nam")

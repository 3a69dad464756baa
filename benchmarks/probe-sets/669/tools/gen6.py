"""p669-6: national press, competition in bidding H1/2024 (direct contracting, single-bidder packages)."""
from lib import write, fig, per, inh, chg, tgt

TEXT = """Kinh doanh > Vĩ mô
Thứ tư, 14/8/2024, 06:30 (GMT+7)

Gần 40% gói thầu chỉ có một nhà thầu tham dự

Sáu tháng đầu năm 2024, cả nước có khoảng 102.500 gói thầu được tổ chức lựa chọn nhà thầu, song tính cạnh tranh vẫn thấp khi nhiều gói thầu không có nhà thầu thứ hai tham gia.

Theo báo cáo của Bộ Kế hoạch và Đầu tư, tổng giá trị các gói thầu nói trên hơn 225.000 tỷ đồng. Trong số này, 61.870 gói áp dụng hình thức chỉ định thầu, chiếm 60,4% số gói, song giá trị chỉ khoảng 28.600 tỷ đồng.

Số nhà thầu tham dự bình quân giảm từ 3,1 nhà thầu/gói thầu năm 2020 xuống 2,4 nhà thầu/gói thầu. Có tới 39,7% số gói thầu đấu thầu rộng rãi chỉ có một nhà thầu nộp hồ sơ, trong đó lĩnh vực xây lắp chiếm 58%.

Một số địa phương có tỷ lệ chỉ định thầu cao là Hà Giang 72,5%, Cao Bằng 70,1% và Điện Biên 68,9% (tính theo số gói thầu).

TS Lê Minh Đức, chuyên gia kinh tế, cho rằng việc "xé nhỏ" gói thầu để chỉ định thầu làm giảm hiệu quả sử dụng vốn. Khảo sát PCI 2023 của VCCI với hơn 8.500 doanh nghiệp cho thấy 38,2% doanh nghiệp tham gia đấu thầu phải chi trả hoa hồng để có hợp đồng.

Từ ngày 1/1/2024, Luật Đấu thầu số 22/2023/QH15 và Nghị định 24/2024/NĐ-CP có hiệu lực, quy định hạn mức chỉ định thầu không quá 500 triệu đồng với gói thầu tư vấn, phi tư vấn và không quá 1 tỷ đồng với gói thầu xây lắp, hàng hóa. Bộ Kế hoạch và Đầu tư dự kiến đến cuối năm 2024, tỷ lệ gói thầu chỉ định thầu sẽ giảm xuống dưới 50%.

Anh Minh
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    fig("Gần 40%", "40", 40, "percent", "%", "gói thầu chỉ có một nhà thầu tham dự", approx="nearly"),
    fig("chỉ có một nhà thầu tham dự", "một", 1, "count", "nhà thầu", optional=True),
    fig("khoảng 102.500 gói thầu", "102.500", 102500, "count", "gói thầu",
        "gói thầu được tổ chức lựa chọn nhà thầu", H1, approx="about"),
    fig("hơn 225.000 tỷ đồng", "225.000", 225000e9, "money", "đồng", "tổng giá trị các gói thầu", inh(H1),
        approx="over"),
    fig("này, 61.870 gói", "61.870", 61870, "count", "gói", "gói áp dụng hình thức chỉ định thầu", inh(H1),
        total=102500, percent=60.4),
    fig("khoảng 28.600 tỷ đồng", "28.600", 28600e9, "money", "đồng", "giá trị các gói chỉ định thầu", inh(H1),
        approx="about", total=225000e9),
    fig("từ 3,1 nhà thầu/gói thầu", "3,1", 3.1, "measure", "nhà thầu/gói thầu", "số nhà thầu tham dự bình quân",
        per("năm 2020", "2020-01-01", "2020-12-31")),
    fig("xuống 2,4 nhà thầu/gói thầu", "2,4", 2.4, "measure", "nhà thầu/gói thầu", "số nhà thầu tham dự bình quân",
        inh(H1)),
    fig("tới 39,7%", "39,7", 39.7, "percent", "%",
        "gói thầu đấu thầu rộng rãi chỉ có một nhà thầu nộp hồ sơ", inh(H1)),
    fig("chỉ có một nhà thầu nộp", "một", 1, "count", "nhà thầu", optional=True),
    fig("chiếm 58%", "58", 58, "percent", "%", "lĩnh vực xây lắp trong số gói thầu chỉ có một nhà thầu nộp hồ sơ",
        inh(H1)),
    fig("Hà Giang 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ chỉ định thầu", inh(H1), location="Hà Giang"),
    fig("Cao Bằng 70,1%", "70,1", 70.1, "percent", "%", "tỷ lệ chỉ định thầu", inh(H1), location="Cao Bằng"),
    fig("Điện Biên 68,9%", "68,9", 68.9, "percent", "%", "tỷ lệ chỉ định thầu", inh(H1), location="Điện Biên"),
    fig("hơn 8.500 doanh nghiệp", "8.500", 8500, "count", "doanh nghiệp", "doanh nghiệp được khảo sát PCI",
        approx="over"),
    fig("38,2% doanh nghiệp", "38,2", 38.2, "percent", "%",
        "doanh nghiệp tham gia đấu thầu phải chi trả hoa hồng để có hợp đồng"),
    fig("không quá 500 triệu đồng", "500", 500e6, "money", "đồng",
        "hạn mức chỉ định thầu gói thầu tư vấn, phi tư vấn", approx="at_most", optional=True),
    fig("không quá 1 tỷ đồng", "1", 1e9, "money", "đồng",
        "hạn mức chỉ định thầu gói thầu xây lắp, hàng hóa", approx="at_most", optional=True),
    fig("dưới 50%", "50", 50, "percent", "%", "tỷ lệ gói thầu chỉ định thầu",
        per("đến cuối năm 2024", None, "2024-12-31"), approx="under", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 14/8/2024, 06:30 (GMT+7)', byline at the end. National figures: Việt Nam.",
    "Distractors: (GMT+7), time of day, 'nhà thầu thứ hai' (ordinal), PCI 2023, Luật số 22/2023/QH15, Nghị định 24/2024/NĐ-CP, 1/1/2024.",
    "'Trong số này' makes 61.870 gói a part of 102.500 and the 28.600 tỷ a part of 225.000 tỷ (same sentence after the cue).",
    "'giảm từ 3,1 … năm 2020 xuống 2,4 …': two level figures (not a range, no change value stated).",
    "'trong đó lĩnh vực xây lắp chiếm 58%' is a percent after a percent: its own figure, no total.",
    "'một nhà thầu' qualifiers and the legal ceilings 'không quá 500 triệu / 1 tỷ đồng' are optional.",
    "'dự kiến … sẽ giảm xuống dưới 50%' is a forecast figure. Headline 'Gần 40%' has no period of its own (unscored).",
]

if __name__ == "__main__":
    write("p669-6", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Việt Nam")

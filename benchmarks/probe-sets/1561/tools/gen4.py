"""p1561-4: ministry site (Bộ NN&PTNT): national water-saving irrigation area at end of 2023, targets 2025/2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy lợi

Cả nước có hơn 1,1 triệu ha cây trồng được tưới tiên tiến, tiết kiệm nước

21/03/2024 | 14:05 | Cục Thủy lợi

Theo Cục Thủy lợi, tính đến hết năm 2023, diện tích cây trồng cạn được áp dụng tưới tiên tiến, tiết kiệm nước trên cả nước đạt khoảng 1,12 triệu ha, tăng gần 140.000 ha so với năm 2022. Trong đó, tưới nhỏ giọt khoảng 310.000 ha, tưới phun mưa khoảng 560.000 ha, còn lại là tưới ngầm và tưới rãnh kết hợp ống mềm.

Vùng Tây Nguyên dẫn đầu với khoảng 46% tổng diện tích, tiếp đến là Đông Nam Bộ (22%) và Nam Trung Bộ (13%). Ba tỉnh có diện tích lớn nhất lần lượt là Đắk Lắk (42.500 ha), Lâm Đồng (39.800 ha) và Bình Phước (36.200 ha).

Kết quả đánh giá tại 15 tỉnh cho thấy, so với tưới truyền thống bằng vòi và tưới tràn, các mô hình tưới tiết kiệm giúp giảm 20-50% lượng nước tưới, giảm 25-30% lượng phân bón, lợi nhuận tăng bình quân 10-40%.

Mục tiêu đến năm 2025, cả nước có 1,5 triệu ha cây trồng cạn được tưới tiên tiến, tiết kiệm nước; đến năm 2030 đạt 2 triệu ha. Để thực hiện mục tiêu, Bộ đề nghị các địa phương dành ít nhất 10% vốn đầu tư thủy lợi nội đồng cho hạ tầng tưới tiết kiệm, khuyến khích doanh nghiệp trong nước sản xuất ống tưới, béc tưới và bộ điều khiển. Hiện cả nước có khoảng 60 doanh nghiệp sản xuất, lắp đặt thiết bị tưới, đáp ứng khoảng 55% nhu cầu trong nước.

Các tin khác:
- Triển khai Quyết định số 1234/QĐ-BNN-TL về phòng, chống hạn, xâm nhập mặn
- Hội nghị trực tuyến về thủy lợi phục vụ sản xuất vụ Hè Thu 2024

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
S = "diện tích cây trồng cạn được áp dụng tưới tiên tiến, tiết kiệm nước"
L = "diện tích tưới tiên tiến, tiết kiệm nước"

FIGS = [
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "measure", "ha", approx="over",
        subject="cây trồng được tưới tiên tiến, tiết kiệm nước"),
    fig("khoảng 1,12 triệu", "1,12", 1.12e6, "measure", "ha", approx="about",
        change=chg("increase", 140000, "ha", "năm 2022", approx="nearly"),
        subject=S, period=ASOF),
    fig("khoảng 310.000 ha", "310.000", 310000, "measure", "ha", approx="about", total=1.12e6,
        subject="diện tích tưới nhỏ giọt", period=inh(ASOF)),
    fig("khoảng 560.000 ha", "560.000", 560000, "measure", "ha", approx="about", total=1.12e6,
        subject="diện tích tưới phun mưa", period=inh(ASOF)),
    fig("khoảng 46%", "46", 46, "percent", "%", approx="about",
        subject="tỷ trọng vùng Tây Nguyên trong tổng diện tích tưới tiết kiệm", period=inh(ASOF)),
    fig("Đông Nam Bộ (22%)", "22", 22, "percent", "%",
        subject="tỷ trọng vùng Đông Nam Bộ trong tổng diện tích tưới tiết kiệm", period=inh(ASOF)),
    fig("Nam Trung Bộ (13%)", "13", 13, "percent", "%",
        subject="tỷ trọng vùng Nam Trung Bộ trong tổng diện tích tưới tiết kiệm", period=inh(ASOF)),
    fig("Ba tỉnh", "Ba", 3, "count", "tỉnh", optional=True),
    fig("Đắk Lắk (42.500 ha)", "42.500", 42500, "measure", "ha",
        subject=L, period=inh(ASOF), location="Đắk Lắk"),
    fig("Lâm Đồng (39.800 ha)", "39.800", 39800, "measure", "ha",
        subject=L, period=inh(ASOF), location="Lâm Đồng"),
    fig("Bình Phước (36.200 ha)", "36.200", 36200, "measure", "ha",
        subject=L, period=inh(ASOF), location="Bình Phước"),
    fig("tại 15 tỉnh", "15", 15, "count", "tỉnh",
        subject="tỉnh được đánh giá kết quả mô hình tưới tiết kiệm"),
    fig("giảm 20-50%", "20", 20, "percent", "%", value_max=50,
        subject="lượng nước tưới giảm nhờ mô hình tưới tiết kiệm"),
    fig("giảm 25-30%", "25", 25, "percent", "%", value_max=30,
        subject="lượng phân bón giảm nhờ mô hình tưới tiết kiệm"),
    fig("bình quân 10-40%", "10", 10, "percent", "%", value_max=40,
        subject="lợi nhuận tăng bình quân"),
    fig("có 1,5 triệu", "1,5", 1.5e6, "measure", "ha", status="target",
        subject="cây trồng cạn được tưới tiên tiến, tiết kiệm nước", period=T25),
    fig("đạt 2 triệu", "2", 2e6, "measure", "ha", status="target",
        subject="cây trồng cạn được tưới tiên tiến, tiết kiệm nước", period=T30),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ vốn đầu tư thủy lợi nội đồng dành cho hạ tầng tưới tiết kiệm"),
    fig("khoảng 60 doanh", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp đặt thiết bị tưới"),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="tỷ lệ nhu cầu thiết bị tưới trong nước được đáp ứng"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '21/03/2024 | 14:05 | Cục Thủy lợi', related links, copyright/address footer. Location Việt Nam by default.",
    "Distractors: 14:05, 'Quyết định số 1234/QĐ-BNN-TL', 'vụ Hè Thu 2024', 'Số 2 Ngọc Hà', 'tính đến hết năm 2023', 'năm 2022'.",
    "'tăng gần 140.000 ha so với năm 2022' is the change of 1,12 triệu ha (unit ha, approx nearly). 'Trong đó' parts after a sentence break take total 1,12 triệu.",
    "Regions (Tây Nguyên, Đông Nam Bộ, Nam Trung Bộ) are not provinces: location stays Việt Nam, the region goes into the subject. The three provinces of the 'lần lượt' list are locations.",
    "'Ba tỉnh có diện tích lớn nhất' names the group of the list: optional. 'giảm 20-50%', 'giảm 25-30%', 'tăng 10-40%' are rates as the claim: percent figures with value_max.",
    "'Mục tiêu đến năm 2025 ... ; đến năm 2030 đạt 2 triệu ha': both targets, start null. 'Để thực hiện mục tiêu, Bộ đề nghị ... ít nhất 10%' is read as target (borderline).",
    "'khoảng 60 doanh nghiệp ..., đáp ứng khoảng 55% nhu cầu': 'đáp ứng' is not a share cue of the spec and the 55% is not a share of the 60 firms: a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1561-4", TEXT, NOTES, FIGS, published="2024-03-21", location="Việt Nam")

import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DẦU TIẾNG
Tin tức > Kinh tế - Nông nghiệp

Thứ Năm, 12/09/2024 - 10:15

Nông dân Dầu Tiếng lãi 42 triệu đồng mỗi ha cao su

Dầu Tiếng hiện là địa phương có diện tích cao su lớn nhất tỉnh Bình Dương với 48.320 ha, trong đó cao su tiểu điền chiếm 27.150 ha, phần còn lại do Công ty TNHH MTV Cao su Dầu Tiếng và Công ty CP Cao su Phước Hòa quản lý.

Theo Phòng Kinh tế huyện, 8 tháng đầu năm 2024, giá mủ nước bình quân đạt 365 đồng/độ, cao hơn 18% so với cùng kỳ năm 2023. Thu nhập của hộ trồng cao su tiểu điền ước đạt 42 triệu đồng/ha/năm, tăng khoảng 7 triệu đồng so với năm trước.

Khảo sát tại ba xã Minh Hòa, Minh Tân và Long Hòa cho thấy có 1.246 hộ trồng cao su, trong đó 318 hộ có thu nhập từ cao su trên 100 triệu đồng/năm.

Về tái canh, giai đoạn 2021-2023, toàn huyện đã tái canh 4.870 ha cao su, bình quân khoảng 1.620 ha mỗi năm. Năm 2024, huyện phấn đấu tái canh 1.800 ha; dự kiến cả năm đạt từ 1.700 đến 1.750 ha do một số hộ chờ giá ổn định mới thanh lý vườn cây.

Huyện đã phối hợp Agribank Chi nhánh Dầu Tiếng giải ngân 156 tỷ đồng cho 2.410 lượt hộ vay vốn trồng tái canh với lãi suất ưu đãi 6,5%/năm. Hiện toàn huyện có 14 tổ hợp tác và 3 hợp tác xã cao su với hơn 900 thành viên, liên kết tiêu thụ mủ theo Nghị định 98/2018/NĐ-CP.

Ông Trần Văn Bảy (tổ 5, ấp Bến Súc, xã Thanh Tuyền) có 6 ha cao su cho biết, năm nay gia đình thu hơn 11 tấn mủ khô, trừ chi phí còn lãi gần 250 triệu đồng.

Minh Khôi (Trung tâm Văn hóa, Thông tin và Thể thao huyện)

Địa chỉ: Khu phố 4B, thị trấn Dầu Tiếng. ĐT: 0274.3561.234
"""

P8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
GD = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
NAY = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("lãi 42 triệu đồng mỗi ha", "42", 42e6, "money", "đồng/ha", "lãi mỗi ha cao su của nông dân Dầu Tiếng"),
    fig("với 48.320 ha", "48.320", 48320, "measure", "ha", "diện tích cao su"),
    fig("chiếm 27.150 ha", "27.150", 27150, "measure", "ha", "diện tích cao su tiểu điền", total=48320),
    fig("đạt 365 đồng/độ", "365", 365, "money", "đồng/độ", "giá mủ nước bình quân", P8,
        change=ch("increase", 18, "%", "cùng kỳ năm 2023")),
    fig("ước đạt 42 triệu đồng/ha/năm", "42", 42e6, "money", "đồng/ha/năm",
        "thu nhập của hộ trồng cao su tiểu điền", inh(P8), status="estimate",
        change=ch("increase", 7e6, "đồng", "năm trước", approx="about")),
    fig("tại ba xã", "ba", 3, "count", "xã", "xã được khảo sát"),
    fig("có 1.246 hộ", "1.246", 1246, "count", "hộ", "hộ trồng cao su tại ba xã khảo sát"),
    fig("trong đó 318 hộ", "318", 318, "count", "hộ", "hộ có thu nhập từ cao su trên 100 triệu đồng/năm",
        total=1246),
    fig("trên 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "thu nhập từ cao su",
        approx="over", optional=True),
    fig("tái canh 4.870 ha", "4.870", 4870, "measure", "ha", "diện tích tái canh cao su", GD),
    fig("khoảng 1.620 ha mỗi năm", "1.620", 1620, "measure", "ha", "diện tích tái canh cao su bình quân mỗi năm",
        GD, approx="about"),
    fig("tái canh 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích tái canh cao su", Y24, status="target"),
    fig("từ 1.700 đến 1.750 ha", "1.700", 1700, "measure", "ha", "diện tích tái canh cao su cả năm", Y24,
        value_max=1750, status="forecast"),
    fig("giải ngân 156 tỷ đồng", "156", 156e9, "money", "đồng", "vốn vay trồng tái canh giải ngân"),
    fig("cho 2.410 lượt hộ", "2.410", 2410, "count", "lượt hộ", "lượt hộ vay vốn trồng tái canh"),
    fig("ưu đãi 6,5%/năm", "6,5", 6.5, "percent", "%", "lãi suất ưu đãi vay vốn trồng tái canh"),
    fig("có 14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", "tổ hợp tác cao su"),
    fig("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã cao su"),
    fig("hơn 900 thành viên", "900", 900, "count", "thành viên", "thành viên tổ hợp tác, hợp tác xã cao su",
        approx="over"),
    fig("có 6 ha cao su", "6", 6, "measure", "ha", "diện tích cao su của hộ ông Trần Văn Bảy"),
    fig("hơn 11 tấn mủ khô", "11", 11, "measure", "tấn", "sản lượng mủ khô của hộ ông Trần Văn Bảy",
        NAY, approx="over"),
    fig("gần 250 triệu đồng", "250", 250e6, "money", "đồng", "lãi của hộ ông Trần Văn Bảy", NAY, approx="nearly"),
]

COMMENTS = [
    "Probe 607-2. District portal of huyện Dầu Tiếng (Bình Dương), 'Thứ Năm, 12/09/2024 - 10:15', byline at the end:",
    "smallholders' income, latex price, survey of 3 communes, replanting 2021-2023 and 2024, credit, cooperatives, one farmer.",
    "Distractors: Nghị định 98/2018/NĐ-CP, tổ 5, Khu phố 4B, ĐT 0274.3561.234, dates, 'ấp Bến Súc'.",
    "Location: the district (Dầu Tiếng) for all figures; 'tỉnh Bình Dương' only places the district.",
    "'trên 100 triệu đồng/năm' is a threshold defining the 318 households: optional.",
    "'khoảng 1.620 ha mỗi năm' is an average over giai đoạn 2021-2023: same period.",
    "'cả năm' after 'Năm 2024' in the same sentence: period 2024; 'dự kiến' gives forecast.",
    "Headline 'lãi 42 triệu đồng mỗi ha': a rate, unit đồng/ha. 'năm nay' = the year of the dateline (2024).",
]

if __name__ == "__main__":
    emit("p607-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Dầu Tiếng")

"""p1221-6: national newspaper, DAP plant in Hải Phòng back to profit, 8 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ Sáu, 13/9/2024, 10:05 (GMT+7)

Nhà máy DAP ở Hải Phòng có lãi trở lại

Sau ba năm thua lỗ, Công ty CP Phân bón DAP Bạch Đằng (KCN Đình Vũ, Hải Phòng) báo lãi 8 tháng đầu năm khoảng 42 tỷ đồng nhờ giá nguyên liệu giảm và giá bán tăng.

Theo báo cáo của doanh nghiệp, từ tháng 1 đến tháng 8, hai dây chuyền của nhà máy sản xuất 186.400 tấn DAP, đạt 71,7% kế hoạch năm, tăng 23% so với cùng kỳ. Công suất huy động bình quân đạt 84%, cao nhất trong 5 năm qua. Doanh thu đạt 2.760 tỷ đồng, trong đó xuất khẩu chiếm 38%, chủ yếu sang Bangladesh, Ấn Độ và Hàn Quốc. Tồn kho đến cuối tháng 8 còn khoảng 9.000 tấn.

Ông Phạm Quang Huy, Tổng giám đốc công ty, cho biết giá DAP xuất khẩu hiện ở mức 575-590 USD/tấn, cao hơn khoảng 40 USD so với đầu năm, trong khi giá quặng apatit và lưu huỳnh giảm từ 10 đến 15%. Mỗi tấn DAP hiện mang lại lãi gộp chừng 600.000 đồng, trong khi năm 2023 bình quân lỗ khoảng 350.000 đồng/tấn.

Năm 2024, công ty đặt mục tiêu sản xuất 260.000 tấn DAP, doanh thu 3.900 tỷ đồng. Dự kiến trong quý IV, nhà máy dừng 20 ngày để bảo dưỡng, sản lượng quý này khoảng 58.000 tấn.

Cả nước hiện có 4 nhà máy DAP với tổng công suất 1,3 triệu tấn/năm, song nhiều năm chỉ vận hành ở mức 60-70% công suất do thiếu quặng chất lượng cao và giá lưu huỳnh biến động.

Lê Hoàng
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
M18 = per("từ tháng 1 đến tháng 8", "2024-01-01", "2024-08-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    fig("Sau ba năm", "ba", 3, "count", "năm", subject="năm thua lỗ", optional=True),
    fig("khoảng 42 tỷ", "42", 42e9, "money", "đồng", approx="about",
        subject="lãi của công ty", period=M8),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền của nhà máy"),
    fig("sản xuất 186.400 tấn", "186.400", 186400, "measure", "tấn", percent=71.7,
        change=chg("increase", 23, "%", "cùng kỳ"), subject="sản lượng DAP", period=M18),
    fig("đạt 84%", "84", 84, "percent", "%", subject="công suất huy động bình quân", period=inh(M18)),
    fig("đạt 2.760 tỷ", "2.760", 2760e9, "money", "đồng", subject="doanh thu", period=inh(M18)),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng xuất khẩu trong doanh thu", period=inh(M18)),
    fig("khoảng 9.000 tấn", "9.000", 9000, "measure", "tấn", approx="about",
        subject="tồn kho DAP", period=per("đến cuối tháng 8", None, "2024-08-31")),
    fig("mức 575-590", "575", 575, "money", "USD/tấn", value_max=590,
        change=chg("increase", 40, "USD", "đầu năm", approx="about"), subject="giá DAP xuất khẩu"),
    fig("giảm từ 10 đến 15%", "10", 10, "percent", "%", value_max=15,
        subject="mức giảm giá quặng apatit và lưu huỳnh"),
    fig("chừng 600.000 đồng", "600.000", 600000, "money", "đồng/tấn", approx="about",
        subject="lãi gộp mỗi tấn DAP"),
    fig("lỗ khoảng 350.000", "350.000", 350000, "money", "đồng/tấn", approx="about",
        subject="lỗ bình quân mỗi tấn DAP", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("sản xuất 260.000 tấn", "260.000", 260000, "measure", "tấn", status="target",
        subject="sản lượng DAP", period=Y24),
    fig("doanh thu 3.900 tỷ", "3.900", 3900e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("dừng 20 ngày", "20", 20, "measure", "ngày", status="forecast",
        subject="thời gian dừng máy bảo dưỡng", period=Q4),
    fig("khoảng 58.000 tấn", "58.000", 58000, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng DAP quý IV", period=Q4),
    fig("có 4 nhà máy DAP", "4", 4, "count", "nhà máy", subject="nhà máy DAP cả nước", location=VN),
    fig("công suất 1,3 triệu", "1,3", 1.3e6, "measure", "tấn/năm",
        subject="tổng công suất các nhà máy DAP", location=VN),
    fig("mức 60-70%", "60", 60, "percent", "%", value_max=70,
        subject="mức vận hành so với công suất của các nhà máy DAP", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 13/9/2024, 10:05 (GMT+7)', byline 'Lê Hoàng' at the end. Default location Hải Phòng; national sentence Việt Nam.",
    "Distractors: 10:05, '(GMT+7)', 'trong 5 năm qua' (a comparison window, not a figure), 'quý IV' as timing, 'KCN Đình Vũ'.",
    "'Sau ba năm thua lỗ' (a streak) is optional. 'hai dây chuyền' is a number word (required).",
    "'từ tháng 1 đến tháng 8' is a period, not a range figure. 'giảm từ 10 đến 15%' is a rate range standing as the claim (no change).",
    "'cao hơn khoảng 40 USD so với đầu năm' is the change of the price range. 'Mỗi tấn DAP … chừng 600.000 đồng' → unit đồng/tấn.",
    "'Tồn kho đến cuối tháng 8' is an as-of date (null..2024-08-31). 'năm 2023 bình quân lỗ khoảng 350.000 đồng/tấn' is placed after the year-less periods.",
    "'trong đó xuất khẩu chiếm 38%' is a percent of its own (a percent has no whole in đồng).",
    "Year-less periods take 2024 from the dateline; 'Dự kiến trong quý IV' governs both clauses (forecast).",
]

if __name__ == "__main__":
    write("p1221-6", TEXT, NOTES, FIGS, published="2024-09-13", location="Hải Phòng")

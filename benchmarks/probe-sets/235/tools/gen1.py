from lib import F, P, build

TEXT = """Kinh doanh › Chứng khoán
Thứ hai, 2/12/2024, 17:30 (GMT+7)

VN-Index mất 1,1% trong tháng 11, khối ngoại bán ròng gần 11.600 tỷ đồng

Thanh khoản trên sàn HoSE sụt giảm, trong khi khối ngoại có tháng bán ròng thứ sáu liên tiếp.

Chốt tháng 11/2024, VN-Index dừng ở 1.250,46 điểm, giảm 13,4 điểm so với cuối tháng 10, tương đương 1,06%. Rổ VN30 đóng cửa tại 1.308,7 điểm, còn HNX-Index giảm 2,1% xuống 223,6 điểm.

Thanh khoản sụt giảm rõ rệt trong tháng 11. Giá trị giao dịch bình quân trên HoSE đạt 14.862 tỷ đồng/phiên, giảm 21,4% so với tháng trước; khối lượng bình quân đạt 611,5 triệu cổ phiếu/phiên. Tính chung cả ba sàn, mỗi phiên có khoảng 16.900 tỷ đồng được giao dịch.

Khối ngoại bán ròng 11.570 tỷ đồng trên HoSE trong tháng 11/2024, nâng tổng giá trị bán ròng từ đầu năm đến nay lên hơn 86.000 tỷ đồng. Trong tháng, FPT bị bán ròng mạnh nhất với 1.905 tỷ đồng, tiếp theo là VNM (1.140 tỷ đồng) và HPG (987 tỷ đồng). Ở chiều ngược lại, MWG được mua ròng 642 tỷ đồng.

Theo nhóm ngành, chỉ số ngành bất động sản giảm mạnh nhất với 4,5%, ngân hàng giảm 2,8%, trong khi công nghệ thông tin tăng 3,2%.

Từ ngày 2/11, Thông tư số 68/2024/TT-BTC có hiệu lực, cho phép tổ chức nước ngoài mua cổ phiếu mà không cần ký quỹ đủ 100% tiền. Tuy vậy, chuyên gia Công ty Chứng khoán Rồng Việt cho rằng dòng vốn ngoại cần thêm thời gian để quay lại thị trường. Nhóm phân tích dự báo VN-Index có thể dao động trong vùng 1.220-1.280 điểm trong tháng 12.

Minh Sơn

Chia sẻ | 12 bình luận
"""

M11 = P("tháng 11", "2024-11-01", "2024-11-30")
M11i = P("tháng 11/2024", "2024-11-01", "2024-11-30", inh=True)
M11b = P("tháng 11/2024", "2024-11-01", "2024-11-30")
TM = P("Trong tháng", "2024-11-01", "2024-11-30")
TMi = P("Trong tháng", "2024-11-01", "2024-11-30", inh=True)

FIGS = [
    F("VN-Index mất 1,1%", "1,1", 1.1, "percent", "%", "VN-Index", period=M11),
    F("ròng gần 11.600 tỷ", "11.600", 11_600e9, "money", "đồng", "giá trị bán ròng của khối ngoại",
      approx="nearly", period=M11),
    F("thứ sáu liên tiếp", "sáu", 6, "count", "tháng", optional=True),
    F("dừng ở 1.250,46 điểm", "1.250,46", 1250.46, "measure", "điểm", "VN-Index",
      change={"direction": "decrease", "value": 13.4, "unit": "điểm", "baseline": "cuối tháng 10"},
      period=P("Chốt tháng 11/2024", "2024-11-01", "2024-11-30")),
    F("tương đương 1,06%", "1,06", 1.06, "percent", "%", "mức giảm của VN-Index", optional=True),
    F("tại 1.308,7 điểm", "1.308,7", 1308.7, "measure", "điểm", "Rổ VN30", period=M11i),
    F("xuống 223,6 điểm", "223,6", 223.6, "measure", "điểm", "HNX-Index",
      change={"direction": "decrease", "value": 2.1, "unit": "%"}, period=M11i),
    F("đạt 14.862 tỷ", "14.862", 14_862e9, "money", "đồng/phiên", "giá trị giao dịch bình quân trên HoSE",
      change={"direction": "decrease", "value": 21.4, "unit": "%", "baseline": "tháng trước"},
      period=P("trong tháng 11", "2024-11-01", "2024-11-30", inh=True)),
    F("đạt 611,5 triệu", "611,5", 611_500_000, "measure", "cổ phiếu/phiên", "khối lượng bình quân",
      period=P("trong tháng 11", "2024-11-01", "2024-11-30", inh=True)),
    F("cả ba sàn", "ba", 3, "count", "sàn", optional=True),
    F("khoảng 16.900 tỷ", "16.900", 16_900e9, "money", "đồng", "giá trị giao dịch mỗi phiên cả ba sàn",
      approx="about", period=P("trong tháng 11", "2024-11-01", "2024-11-30", inh=True)),
    F("bán ròng 11.570 tỷ", "11.570", 11_570e9, "money", "đồng", "giá trị bán ròng của khối ngoại trên HoSE",
      period=M11b),
    F("hơn 86.000 tỷ", "86.000", 86_000e9, "money", "đồng", "tổng giá trị bán ròng", approx="over",
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-12-02")),
    F("với 1.905 tỷ", "1.905", 1_905e9, "money", "đồng", "giá trị bán ròng của khối ngoại", period=TM),
    F("VNM (1.140 tỷ", "1.140", 1_140e9, "money", "đồng", "giá trị bán ròng của khối ngoại", period=TM),
    F("HPG (987 tỷ", "987", 987e9, "money", "đồng", "giá trị bán ròng của khối ngoại", period=TM),
    F("mua ròng 642 tỷ", "642", 642e9, "money", "đồng", "giá trị mua ròng của khối ngoại", period=TMi),
    F("nhất với 4,5%", "4,5", 4.5, "percent", "%", "chỉ số ngành bất động sản", period=M11i),
    F("hàng giảm 2,8%", "2,8", 2.8, "percent", "%", "chỉ số ngành ngân hàng", period=M11i),
    F("tin tăng 3,2%", "3,2", 3.2, "percent", "%", "chỉ số ngành công nghệ thông tin", period=M11i),
    F("ký quỹ đủ 100% tiền", "100", 100, "percent", "%", optional=True),
    F("vùng 1.220-1.280 điểm", "1.220", 1220, "measure", "điểm", "VN-Index", value_max=1280,
      status="forecast", period=P("trong tháng 12", "2024-12-01", "2024-12-31")),
]

COMMENTS = [
    "National online press (VnExpress-style 'Kinh doanh › Chứng khoán'): stock market review, November 2024. Dateline 'Thứ hai, 2/12/2024, 17:30 (GMT+7)'.",
    "Distractors: VN30 (index name), Thông tư số 68/2024/TT-BTC, 'Từ ngày 2/11', '(GMT+7)', '12 bình luận', 'cả ba sàn' (structure word, not a number).",
    "Year-less 'tháng 11', 'Trong tháng', 'tháng 12' take 2024 from the dateline. 'từ đầu năm đến nay' runs to the dateline 2024-12-02.",
    "Index levels are measure/điểm; 'giảm 13,4 điểm …, tương đương 1,06%': the first change is the attribute, 1,06% the second (optional percent).",
    "A change before its figure ('giảm 2,1% xuống 223,6 điểm') belongs to it. Growth rates standing alone (title 1,1%, sector indices) are percent figures.",
    "Per-session values: money with unit 'đồng/phiên'; volume per session is a rate (measure, 'cổ phiếu/phiên'). Tickers are not places: location Việt Nam.",
    "'ký quỹ đủ 100% tiền' is a regulatory condition (optional). Forecast range 1.220-1.280 điểm: status forecast.",
]

if __name__ == "__main__":
    build("p235-1", TEXT, COMMENTS, FIGS, published="2024-12-02", location="Việt Nam")

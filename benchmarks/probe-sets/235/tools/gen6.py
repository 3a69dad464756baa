from lib import F, P, build

TEXT = """SỞ GIAO DỊCH CHỨNG KHOÁN HÀ NỘI
Tin HNX

Thị trường cổ phiếu niêm yết tại HNX tháng 10/2024
Ngày cập nhật 05/11/2024

Tháng 10/2024, chỉ số HNX-Index đóng cửa tại 225,32 điểm, tăng 1,8% so với cuối tháng 9; chỉ số HNX30 đạt 478,4 điểm, giảm 0,6%.

Một số chỉ tiêu chính của thị trường niêm yết

Chỉ tiêu

Đơn vị

Tháng 9/2024

Tháng 10/2024

Giá trị giao dịch bình quân

tỷ đồng/phiên

1.342

1.187

Khối lượng giao dịch bình quân

triệu cổ phiếu/phiên

68,9

61,2

Số mã cổ phiếu niêm yết

mã

319

317

Vốn hóa thị trường

nghìn tỷ đồng

412,6

420,1

Tỷ lệ sở hữu của nhà đầu tư nước ngoài

%

8,75

8,62

Trong tháng, khối ngoại mua ròng 87,6 tỷ đồng, chấm dứt chuỗi 4 tháng bán ròng liên tiếp. Cổ phiếu PVS dẫn đầu về giá trị giao dịch với 2.864 tỷ đồng, chiếm 11,3% giá trị giao dịch toàn thị trường; tiếp theo là SHS (1.950 tỷ đồng) và CEO (1.230 tỷ đồng).

Trên thị trường UPCoM, chỉ số UPCoM-Index đạt 92,85 điểm; giá trị giao dịch bình quân đạt 612 tỷ đồng/phiên, tăng 5,4% so với tháng trước. Có 6 doanh nghiệp đăng ký giao dịch mới, nâng tổng số lên 869 doanh nghiệp.

Trên thị trường trái phiếu chính phủ, HNX đã tổ chức 29 phiên đấu thầu, huy động được 31.540 tỷ đồng, đạt 74,2% khối lượng gọi thầu.

Mọi thông tin chi tiết xin liên hệ: Sở Giao dịch Chứng khoán Hà Nội, số 2 Phan Chu Trinh, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3941.2626.
"""

S = P("Tháng 9/2024", "2024-09-01", "2024-09-30")
O = P("Tháng 10/2024", "2024-10-01", "2024-10-31")
Oi = P("Tháng 10/2024", "2024-10-01", "2024-10-31", inh=True)

FIGS = [
    F("tại 225,32 điểm", "225,32", 225.32, "measure", "điểm", "chỉ số HNX-Index",
      change={"direction": "increase", "value": 1.8, "unit": "%", "baseline": "cuối tháng 9"}, period=O),
    F("đạt 478,4 điểm", "478,4", 478.4, "measure", "điểm", "chỉ số HNX30",
      change={"direction": "decrease", "value": 0.6, "unit": "%"}, period=O),
    F("tỷ đồng/phiên\n\n1.342", "1.342", 1342e9, "money", "đồng/phiên", "Giá trị giao dịch bình quân tháng 9/2024", period=S),
    F("1.342\n\n1.187", "1.187", 1187e9, "money", "đồng/phiên", "Giá trị giao dịch bình quân tháng 10/2024", period=O),
    F("68,9", "68,9", 68.9e6, "measure", "cổ phiếu/phiên", "Khối lượng giao dịch bình quân tháng 9/2024", period=S),
    F("61,2", "61,2", 61.2e6, "measure", "cổ phiếu/phiên", "Khối lượng giao dịch bình quân tháng 10/2024", period=O),
    F("mã\n\n319", "319", 319, "count", "mã", "Số mã cổ phiếu niêm yết tháng 9/2024", period=S),
    F("319\n\n317", "317", 317, "count", "mã", "Số mã cổ phiếu niêm yết tháng 10/2024", period=O),
    F("412,6", "412,6", 412.6e12, "money", "đồng", "Vốn hóa thị trường tháng 9/2024", period=S),
    F("420,1", "420,1", 420.1e12, "money", "đồng", "Vốn hóa thị trường tháng 10/2024", period=O),
    F("8,75", "8,75", 8.75, "percent", "%", "Tỷ lệ sở hữu của nhà đầu tư nước ngoài tháng 9/2024", period=S),
    F("8,62", "8,62", 8.62, "percent", "%", "Tỷ lệ sở hữu của nhà đầu tư nước ngoài tháng 10/2024", period=O),
    F("mua ròng 87,6 tỷ", "87,6", 87.6e9, "money", "đồng", "giá trị mua ròng của khối ngoại",
      period=P("Trong tháng", "2024-10-01", "2024-10-31")),
    F("chuỗi 4 tháng", "4", 4, "count", "tháng", optional=True),
    F("với 2.864 tỷ", "2.864", 2864e9, "money", "đồng", "giá trị giao dịch", percent=11.3, period=Oi),
    F("SHS (1.950 tỷ", "1.950", 1950e9, "money", "đồng", "giá trị giao dịch", period=Oi),
    F("CEO (1.230 tỷ", "1.230", 1230e9, "money", "đồng", "giá trị giao dịch", period=Oi),
    F("đạt 92,85 điểm", "92,85", 92.85, "measure", "điểm", "chỉ số UPCoM-Index", period=Oi),
    F("đạt 612 tỷ", "612", 612e9, "money", "đồng/phiên", "giá trị giao dịch bình quân UPCoM",
      change={"direction": "increase", "value": 5.4, "unit": "%", "baseline": "tháng trước"}, period=Oi),
    F("Có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp đăng ký giao dịch mới", period=Oi),
    F("huy động được 31.540 tỷ", "31.540", 31540e9, "money", "đồng", "vốn huy động qua đấu thầu trái phiếu chính phủ",
      percent=74.2, period=Oi),
    F("chức 29 phiên", "29", 29, "count", "phiên", "phiên đấu thầu trái phiếu chính phủ", period=Oi),
    F("lên 869 doanh nghiệp", "869", 869, "count", "doanh nghiệp", "tổng số doanh nghiệp đăng ký giao dịch", period=Oi),
]

COMMENTS = [
    "Stock-exchange department site (Sở Giao dịch Chứng khoán Hà Nội, 'Tin HNX'): listed market, October 2024. 'Ngày cập nhật 05/11/2024' without time.",
    "One-cell-per-line table (as h23/h24): Chỉ tiêu | Đơn vị | Tháng 9/2024 | Tháng 10/2024. Unit and multiplier from the Đơn vị cell (tỷ đồng/phiên, triệu cổ phiếu/phiên,",
    "nghìn tỷ đồng, %); 'mã' for listed tickers. Period from the column header; subject = row label + column.",
    "Distractors: HNX30 (index name, its level is a figure), address 'số 2 Phan Chu Trinh', phone 024.3941.2626, 'Hà Nội' in the exchange's name (location Việt Nam).",
    "'chuỗi 4 tháng bán ròng liên tiếp' is a streak (optional). PVS 2.864 tỷ carries 'chiếm 11,3%' as its percent; SHS/CEO items share the list's indicator.",
    "'nâng tổng số lên 869' is a cumulative count with no part-of cue for the 6 new ones (no total). Sentences without a period inherit 'Tháng 10/2024'.",
]

if __name__ == "__main__":
    build("p235-6", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Việt Nam")

"""p535-6: national press, container handling price floor +10% (Hải Phòng, Cái Mép - Thị Vải), January 2025."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """Kinh doanh > Hàng hóa
Thứ tư, 15/1/2025, 07:00 (GMT+7)

Giá xếp dỡ container tại cảng biển tăng 10%

Giá sàn dịch vụ bốc dỡ container tại các bến cảng nước sâu tăng 10% từ ngày 1/2, theo Thông tư số 39/2024/TT-BGTVT của Bộ Giao thông vận tải.

Cụ thể, tại cảng Lạch Huyện (Hải Phòng), giá bốc dỡ container 20 feet hàng khô tăng từ 51 USD lên 56 USD/container; container 40 feet tăng từ 77 USD lên 85 USD. Tại Cái Mép - Thị Vải (Bà Rịa - Vũng Tàu), mức giá tương ứng là 57 USD và 87 USD.

Theo Hiệp hội Cảng biển Việt Nam (VPA), dù đã điều chỉnh, giá xếp dỡ container ở Việt Nam vẫn chỉ bằng 50-70% mức giá tại các nước trong khu vực như Thái Lan, Malaysia, Singapore.

Ông Trần Khánh Hoàng, Tổng thư ký VPA, cho biết mỗi năm các hãng tàu nước ngoài thu phụ phí xếp dỡ (THC) khoảng 1,2 tỷ USD từ chủ hàng Việt Nam, nhưng các cảng chỉ nhận lại từ 30 đến 40% số tiền này. "Giá thấp khiến doanh nghiệp cảng khó tái đầu tư", ông nói.

Năm 2024, sản lượng container qua cảng biển cả nước đạt 29,9 triệu TEU, tăng 21% so với năm 2023. Cụm cảng Cái Mép - Thị Vải ở Bà Rịa - Vũng Tàu đứng thứ 7 thế giới về hiệu quả khai thác theo xếp hạng CPPI của Ngân hàng Thế giới.

Phía doanh nghiệp xuất khẩu lo ngại chi phí tăng thêm. Chi phí logistics của Việt Nam hiện tương đương 16-17% GDP, trong khi mức bình quân thế giới khoảng 10,6%.

Anh Minh
"""

VN = "Việt Nam"
HP = "Hải Phòng"
BV = "Bà Rịa - Vũng Tàu"

FIGS = [
    fig("cảng biển tăng 10%", "10", 10, "percent", "%", "giá xếp dỡ container tại cảng biển", location=VN),
    fig("nước sâu tăng 10%", "10", 10, "percent", "%",
        "giá sàn dịch vụ bốc dỡ container tại các bến cảng nước sâu", location=VN),
    fig("container 20 feet hàng khô", "20", 20, "measure", "feet", "loại container", optional=True),
    fig("từ 51 USD", "51", 51, "money", "USD",
        "giá bốc dỡ container 20 feet hàng khô tại cảng Lạch Huyện trước điều chỉnh", location=HP),
    fig("lên 56 USD/container", "56", 56, "money", "USD/container",
        "giá bốc dỡ container 20 feet hàng khô tại cảng Lạch Huyện", location=HP),
    fig("container 40 feet tăng", "40", 40, "measure", "feet", "loại container", optional=True),
    fig("từ 77 USD", "77", 77, "money", "USD",
        "giá bốc dỡ container 40 feet tại cảng Lạch Huyện trước điều chỉnh", location=HP),
    fig("lên 85 USD", "85", 85, "money", "USD",
        "giá bốc dỡ container 40 feet tại cảng Lạch Huyện", location=HP),
    fig("là 57 USD", "57", 57, "money", "USD",
        "giá bốc dỡ container 20 feet hàng khô tại Cái Mép - Thị Vải", location=BV),
    fig("và 87 USD", "87", 87, "money", "USD",
        "giá bốc dỡ container 40 feet tại Cái Mép - Thị Vải", location=BV),
    fig("bằng 50-70%", "50", 50, "percent", "%",
        "giá xếp dỡ container ở Việt Nam so với mức giá tại các nước trong khu vực", value_max=70, location=VN),
    fig("khoảng 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD",
        "phụ phí xếp dỡ (THC) các hãng tàu nước ngoài thu từ chủ hàng Việt Nam mỗi năm", approx="about",
        location=VN),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "phần phụ phí THC các cảng nhận lại", value_max=40,
        location=VN),
    fig("đạt 29,9 triệu TEU", "29,9", 29.9e6, "measure", "TEU", "sản lượng container qua cảng biển cả nước",
        per("Năm 2024", "2024-01-01", "2024-12-31"),
        change=ch("increase", 21, baseline="năm 2023"), location=VN),
    fig("đứng thứ 7", "7", 7, "rank", "hạng",
        "hiệu quả khai thác cụm cảng Cái Mép - Thị Vải theo xếp hạng CPPI", location=BV),
    fig("16-17% GDP", "16", 16, "percent", "%", "chi phí logistics của Việt Nam so với GDP", value_max=17,
        location=VN),
    fig("khoảng 10,6%", "10,6", 10.6, "percent", "%", "chi phí logistics bình quân thế giới so với GDP",
        approx="about"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ tư, 15/1/2025, 07:00 (GMT+7)': giá sàn bốc dỡ container tăng 10% (Thông tư số 39/2024/TT-BGTVT).",
    "No file-level location: national figures carry Việt Nam, Lạch Huyện (Hải Phòng) and Cái Mép - Thị Vải (Bà Rịa - Vũng Tàu) figures their province;",
    "the world-average logistics cost (10,6%) describes no Vietnamese place: location null.",
    "'tăng từ 51 USD lên 56 USD/container': both amounts are figures (the old price is a figure of its own), no range, no change value stated.",
    "'bằng 50-70% mức giá tại các nước', 'nhận lại từ 30 đến 40% số tiền này' stand as percent figures (no non-percent figure they are a share of).",
    "Not figures: 'từ ngày 1/2', Thông tư number, (GMT+7). Container sizes '20 feet'/'40 feet' are types: optional.",
]

if __name__ == "__main__":
    emit("p535-6", TEXT, COMMENTS, FIGS, published="2025-01-15")
